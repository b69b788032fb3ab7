package pl.edugmina.it.probe;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;

import javax.naming.InitialContext;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Deployed by the tests next to the EAR (never part of it): a business transaction as a test needs it. In a JTA
 * transaction of its own it calls the application's {@code Notifications.queue(to, subject, text)} (looked up by its
 * global JNDI name and called by reflection: the WAR does not see the application's classes), optionally waits
 * {@code holdMs} before finishing, then commits, or rolls back when {@code rollback=true}. {@code tx=none} calls
 * without a transaction. Answers the id of the queued mail, or 500 with the exception.
 */
@WebServlet("/queue")
public class MailProbeServlet extends HttpServlet {

    static final String NOTIFICATIONS = "java:global/edugmina/edugmina-ejb/Notifications!pl.edugmina.platform.mail.Notifications";

    @Resource
    private UserTransaction tx;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain;charset=UTF-8");
        boolean inTransaction = !"none".equals(req.getParameter("tx"));
        boolean rollback = "true".equals(req.getParameter("rollback"));
        long hold = req.getParameter("holdMs") == null ? 0 : Long.parseLong(req.getParameter("holdMs"));
        try {
            Object notifications = new InitialContext().lookup(NOTIFICATIONS);
            Method queue = notifications.getClass().getMethod("queue", String.class, String.class, String.class);
            if (!inTransaction) {
                resp.getWriter().print(queue.invoke(notifications, req.getParameter("to"), req.getParameter("subject"), req.getParameter("text")));
                return;
            }
            tx.begin();
            Object id;
            try {
                id = queue.invoke(notifications, req.getParameter("to"), req.getParameter("subject"), req.getParameter("text"));
                Thread.sleep(hold);
            } catch (Exception e) {
                tx.rollback();
                throw e;
            }
            if (rollback) {
                tx.rollback();
            } else {
                tx.commit();
            }
            resp.getWriter().print(id);
        } catch (InvocationTargetException e) {
            resp.setStatus(500);
            resp.getWriter().print(e.getCause());
        } catch (Exception e) {
            resp.setStatus(500);
            resp.getWriter().print(e);
        }
    }
}
