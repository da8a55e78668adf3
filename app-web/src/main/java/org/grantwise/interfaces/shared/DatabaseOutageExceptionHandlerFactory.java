package org.grantwise.interfaces.shared;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.logging.Logger;
import org.grantwise.application.DatabaseFailures;

/**
 * Answers a database outage (PostgreSQL restarting, say) without losing what the user typed.
 *
 * <p>A form post that fails for that reason shows the same page again, with what the user typed and
 * the layout's notice that nothing was saved; an ajax request (the form's background save) renders
 * only that notice and leaves the rest of the page as it is. A page that cannot be shown at all
 * (the failure is in rendering it) becomes the "briefly unavailable" page instead of the generic
 * error page. Every other failure passes to the next handler (OmniFaces' {@code
 * FullAjaxExceptionHandler}) unchanged.
 */
public class DatabaseOutageExceptionHandlerFactory extends ExceptionHandlerFactory {

  /** The request attribute that shows the layout's notice. */
  public static final String NOTICE = "gwDatabaseUnavailable";

  /** The client id of the notice in the layout, outside every form. */
  static final String NOTICE_ID = "gw-service-notice";

  private static final Logger LOG =
      Logger.getLogger(DatabaseOutageExceptionHandlerFactory.class.getName());

  public DatabaseOutageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
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
      List<Throwable> outages = new ArrayList<>();
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable failure = events.next().getContext().getException();
        if (faces != null && DatabaseFailures.isOutage(failure)) {
          events.remove();
          outages.add(failure);
        }
      }
      if (!outages.isEmpty()) {
        LOG.warning("Database unreachable, request not completed: " + outages.get(0));
        boolean ajax = faces.getPartialViewContext().isAjaxRequest();
        if (faces.isPostback()
            && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE
            && faces.getViewRoot() != null) {
          // Show the same page again, with what the user typed and the notice; an ajax request
          // renders only the notice, so the rest of the page stays as it is.
          faces.getExternalContext().getRequestMap().put(NOTICE, Boolean.TRUE);
          if (ajax) {
            Collection<String> render = faces.getPartialViewContext().getRenderIds();
            render.clear();
            render.add(NOTICE_ID);
          }
          faces.validationFailed();
          faces.renderResponse();
        } else {
          // The page itself cannot be shown: the "briefly unavailable" page instead.
          faces
              .getApplication()
              .publishEvent(
                  faces,
                  ExceptionQueuedEvent.class,
                  new ExceptionQueuedEventContext(
                      faces, new DatabaseUnavailableException(outages.get(0))));
        }
      }
      getWrapped().handle();
    }
  }
}
