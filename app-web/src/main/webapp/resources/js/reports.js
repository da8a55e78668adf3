// "Download the chart (PNG)": the link takes the chart canvas as a PNG when it is followed.
document.addEventListener('click', function (event) {
  var link = event.target.closest ? event.target.closest('a[data-chart]') : null;
  if (!link) {
    return;
  }
  var canvas = document.querySelector('#' + link.getAttribute('data-chart') + ' canvas');
  if (canvas) {
    link.href = canvas.toDataURL('image/png');
  } else {
    event.preventDefault();
  }
});
