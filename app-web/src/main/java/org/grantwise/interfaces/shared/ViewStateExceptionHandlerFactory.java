package org.grantwise.interfaces.shared;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A post whose view state cannot be used gets the "page timed out" page, with status 400: the state
 * has expired or was forged ({@link ViewExpiredException}), or it is garbled so that Mojarra fails
 * otherwise while restoring the view (for "stateless" on a view that is not, a {@code
 * FacesException} "Unable to restore view"). Whatever fails in restoring the view of a postback
 * comes from what the client sent, so none of it is a 500.
 *
 * <p>A full request gets the page by the container's error dispatch for 400; an ajax request is
 * handed on as a {@link ViewExpiredException} to OmniFaces' {@code FullAjaxExceptionHandler}, which
 * renders the same page (web.xml's error page for it) into the partial response. Other failures
 * pass on unchanged.
 */
public class ViewStateExceptionHandlerFactory extends ExceptionHandlerFactory {

  /** The request attribute that makes the 400 page the timed-out page. */
  static final String EXPIRED = "gwViewExpired";

  private static final Logger LOG =
      Logger.getLogger(ViewStateExceptionHandlerFactory.class.getName());

  public ViewStateExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext faces = FacesContext.getCurrentInstance();
      if (faces != null
          && faces.getCurrentPhaseId() == PhaseId.RESTORE_VIEW
          && faces.isPostback()) {
        Throwable unusable = null;
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
          Throwable failure = events.next().getContext().getException();
          unusable = unusable == null ? failure : unusable;
          events.remove();
        }
        if (unusable != null) {
          LOG.fine("A post's view state could not be restored: " + unusable);
          String viewId = faces.getExternalContext().getRequestServletPath();
          if (faces.getPartialViewContext().isAjaxRequest()) {
            faces
                .getApplication()
                .publishEvent(
                    faces,
                    ExceptionQueuedEvent.class,
                    new ExceptionQueuedEventContext(
                        faces,
                        unusable instanceof ViewExpiredException
                            ? unusable
                            : new ViewExpiredException(viewId)));
          } else {
            // Rendered by the container's error dispatch (web.xml's page for 400, which shows the
            // timed-out text for this attribute): rendering it in this request would fail, as
            // PrimeFaces' CSP mode refuses to render a postback that lacks its nonce.
            faces.getExternalContext().getRequestMap().put(EXPIRED, Boolean.TRUE);
            try {
              faces
                  .getExternalContext()
                  .responseSendError(400, "The page's view state is not valid");
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            faces.responseComplete();
          }
        }
      }
      getWrapped().handle();
    }
  }
}
