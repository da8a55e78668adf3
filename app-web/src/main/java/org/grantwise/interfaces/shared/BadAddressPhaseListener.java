package org.grantwise.interfaces.shared;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page opened with a parameter its {@code f:viewParam} cannot convert ({@code ?id=abc}, or a
 * number too large for an id) answers 400 with the "this address is not right" page, instead of
 * rendering the page without its object (which failed with a 500). Only the opening of a page (not
 * a postback) is judged here: every value in it came from the address.
 */
public class BadAddressPhaseListener implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.PROCESS_VALIDATIONS;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // nothing: the view parameters are converted during the phase
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (!faces.isPostback() && faces.isValidationFailed() && !faces.getResponseComplete()) {
      try {
        faces
            .getExternalContext()
            .responseSendError(400, "A parameter of the address is not valid");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      faces.responseComplete();
    }
  }
}
