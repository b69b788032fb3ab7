package pl.edugmina.simulator.pz;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import pl.edugmina.simulator.store.PzSigning;
import pl.edugmina.simulator.store.PzStatus;
import pl.edugmina.simulator.store.PzStore;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The simulated Profil Zaufany's signing page, {@code /epuap-sim/pz/podpis/<id>}: where
 * {@code addDocumentToSigning}'s URL sends the citizen's browser. GET shows the document and the form
 * ({@link SigningPage}); POST with {@code akcja=podpisz} signs (status SIGNED) and answers 303 to the
 * integrator's successURL, with {@code akcja=anuluj} cancels and answers 303 to failureURL. Invalid
 * input shows the form again (400) with the errors; a document signed or cancelled before shows so
 * (409 for a POST); an unknown id gives a 404 page.
 */
@WebServlet(name = "pz-podpis", urlPatterns = "/pz/podpis/*")
public class SigningPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SigningPageServlet.class.getName());

    @EJB
    private PzStore store;

    @Inject
    private PzSigningService signing;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<PzSigning> s = id(req).flatMap(store::find);
        if (s.isEmpty()) {
            html(resp, HttpServletResponse.SC_NOT_FOUND, SigningPage.notFound(req.getContextPath()));
        } else if (s.get().status() != PzStatus.PENDING) {
            html(resp, HttpServletResponse.SC_OK, SigningPage.finished(req.getContextPath(), s.get()));
        } else {
            html(resp, HttpServletResponse.SC_OK, SigningPage.form(req.getContextPath(), s.get(),
                    DocumentSummary.of(s.get().document()), PersonForm.defaults(s.get().service()), Map.of()));
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        req.setCharacterEncoding("UTF-8");
        String ctx = req.getContextPath();
        Optional<String> id = id(req);
        Optional<PzSigning> s = id.flatMap(store::find);
        if (s.isEmpty()) {
            html(resp, HttpServletResponse.SC_NOT_FOUND, SigningPage.notFound(ctx));
            return;
        }
        if (s.get().status() != PzStatus.PENDING) {
            html(resp, HttpServletResponse.SC_CONFLICT, SigningPage.finished(ctx, s.get()));
            return;
        }
        try {
            PzSigningService.Result r;
            if (SigningPage.CANCEL.equals(req.getParameter(SigningPage.ACTION))) {
                r = signing.cancel(id.get());
            } else {
                PersonForm form = new PersonForm(req.getParameter(PersonForm.GIVEN), req.getParameter(PersonForm.SURNAME),
                        req.getParameter(PersonForm.PESEL), req.getParameter(PersonForm.FORMAT));
                Map<String, String> errors = form.errors(true);
                if (!errors.isEmpty()) {
                    html(resp, HttpServletResponse.SC_BAD_REQUEST,
                            SigningPage.form(ctx, s.get(), DocumentSummary.of(s.get().document()), form, errors));
                    return;
                }
                r = signing.sign(id.get(), form);
            }
            switch (r.outcome()) {
                case DONE -> {
                    PzSigning done = r.signing();
                    resp.setHeader("Cache-Control", "no-store");
                    resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
                    resp.setHeader("Location", done.status() == PzStatus.SIGNED ? done.successUrl() : done.failureUrl());
                }
                case ALREADY_FINISHED -> html(resp, HttpServletResponse.SC_CONFLICT, SigningPage.finished(ctx, r.signing()));
                default -> html(resp, HttpServletResponse.SC_NOT_FOUND, SigningPage.notFound(ctx));
            }
        } catch (RuntimeException e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            LOG.log(Level.WARNING, "Profil Zaufany simulator: signing page failed: " + cause.getMessage(), cause);
            html(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, SigningPage.error(ctx, "Błąd symulatora: " + cause.getMessage()));
        }
    }

    /** The token after {@code /pz/podpis/}, if the path is one. */
    static Optional<String> id(HttpServletRequest req) {
        String p = req.getPathInfo();
        if (p == null || p.length() < 2) {
            return Optional.empty();
        }
        String id = p.substring(1);
        if (id.endsWith("/")) {
            id = id.substring(0, id.length() - 1);
        }
        return PzIds.isToken(id) ? Optional.of(id) : Optional.empty();
    }

    private static void html(HttpServletResponse resp, int status, String page) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
        // the form posts to this page, which redirects to the integrator's address: form-action allows http(s)
        resp.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; "
                + "form-action 'self' http: https:; frame-ancestors 'none'; base-uri 'none'");
        resp.getWriter().write(page);
    }
}
