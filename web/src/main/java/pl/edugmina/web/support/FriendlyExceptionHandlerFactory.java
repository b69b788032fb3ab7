package pl.edugmina.web.support;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.BusinessException;
import pl.edugmina.common.NotFoundException;

import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * No stack trace reaches a user: an expired view sends the user to the login page with a note,
 * a business rule becomes a message on the page, a missing or forbidden record the matching error
 * page, and anything else the generic error page (logged with a code).
 */
public class FriendlyExceptionHandlerFactory extends ExceptionHandlerFactory {

    public FriendlyExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(Handler.class.getName());

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext fc = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator(); it.hasNext(); ) {
                Throwable t = root(it.next().getContext().getException());
                it.remove();
                ExternalContext ec = fc.getExternalContext();
                try {
                    if (t instanceof ViewExpiredException) {
                        ec.redirect(ec.getRequestContextPath() + "/login.xhtml?expired=true");
                    } else if (t instanceof NotFoundException) {
                        ec.responseSendError(404, null);
                    } else if (t instanceof AccessDeniedException) {
                        ec.responseSendError(403, null);
                    } else if (t instanceof BusinessException b) {
                        fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                                Messages.get(fc.getViewRoot() == null ? Messages.POLISH : fc.getViewRoot().getLocale(), b.messageKey(), b.arguments()), null));
                        fc.validationFailed();
                        fc.renderResponse();
                        continue;
                    } else {
                        LOG.log(Level.SEVERE, "EDU-WEB-500 unexpected failure on a screen", t);
                        ec.responseSendError(500, null);
                    }
                    fc.responseComplete();
                } catch (IOException | IllegalStateException e) {
                    LOG.log(Level.WARNING, "EDU-WEB-501 could not show the error page", e);
                }
            }
            getWrapped().handle();
        }

        /** The business exception or expired view behind the wrappers (EL, Faces, EJB, CDI), else the deepest cause. */
        private static Throwable root(Throwable t) {
            Throwable e = t;
            while (true) {
                if (e instanceof BusinessException || e instanceof ViewExpiredException) {
                    return e;
                }
                if (e.getCause() == null || e.getCause() == e) {
                    return unwrapFirst(t);
                }
                e = e.getCause();
            }
        }

        private static Throwable unwrapFirst(Throwable t) {
            Throwable e = t;
            while ((e instanceof FacesException || e instanceof jakarta.el.ELException || e instanceof jakarta.ejb.EJBException
                    || e.getClass().getName().startsWith("org.jboss.weld.exceptions")) && e.getCause() != null) {
                e = e.getCause();
            }
            return e;
        }
    }
}
