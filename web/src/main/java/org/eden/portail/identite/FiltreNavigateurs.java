package org.eden.portail.identite;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eden.portail.trace.EvenementTrace;
import org.eden.portail.trace.JournalTraces;
import org.eden.portail.trace.ResultatTrace;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * R-AUTH-4: an obsolete browser never reaches a screen of the portal — not even the login page: it
 * is sent to {@value #PAGE}, which says which browsers are accepted and why. The decision is
 * {@link PolitiqueNavigateurs}' (read once, at start); each refusal is traced
 * ({@code NAVIGATEUR_REFUSE}, with the browser and the minimum). Before Shiro, after the trace
 * context. Not concerned: the API (programs call it), static resources and the page itself.
 */
public class FiltreNavigateurs implements Filter {

    public static final String PAGE = "/navigateur-non-pris-en-charge.xhtml";
    private static final Logger LOG = Logger.getLogger(FiltreNavigateurs.class.getName());

    private PolitiqueNavigateurs politique;

    @Override
    public void init(FilterConfig config) {
        politique = PolitiqueNavigateurs.configuree();
        LOG.info(() -> politique.isActive()
                ? "R-AUTH-4 : navigateurs acceptés à partir de " + politique.getMinimums() + ", Firefox ESR " + politique.getEsr()
                : "R-AUTH-4 : contrôle des navigateurs désactivé (" + PolitiqueNavigateurs.CONTROLE + "=false)");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest requete = (HttpServletRequest) request;
        String chemin = requete.getRequestURI().substring(requete.getContextPath().length());
        if (!concerne(chemin)) {
            chain.doFilter(request, response);
            return;
        }
        PolitiqueNavigateurs.DecisionNavigateur decision = politique.juger(requete.getHeader("User-Agent"),
                requete.getHeader("Sec-CH-UA"));
        if (decision.accepte()) {
            chain.doFilter(request, response);
            return;
        }
        tracer(decision, chemin);
        ((HttpServletResponse) response).sendRedirect(requete.getContextPath() + PAGE);
    }

    /** The screens: neither the API, nor resources, nor the refusal page itself. */
    static boolean concerne(String chemin) {
        return !(chemin.startsWith("/api/") || chemin.equals("/api") || chemin.startsWith("/jakarta.faces.resource/")
                || chemin.startsWith("/resources/") || chemin.equals("/favicon.ico") || chemin.equals(PAGE)
                || chemin.startsWith("/openapi"));
    }

    private static void tracer(PolitiqueNavigateurs.DecisionNavigateur decision, String chemin) {
        try {
            CDI.current().select(JournalTraces.class).get().enregistrerEchec(new EvenementTrace("NAVIGATEUR_REFUSE", "PAGE",
                    chemin, ResultatTrace.REFUS, "R-AUTH-4 : " + decision.navigateur()
                    + (decision.minimum() == null ? " (jamais accepté)" : " (minimum " + decision.minimum() + ")"), null, null));
        } catch (RuntimeException journalIndisponible) {
            // The refusal stands even if the journal cannot write: the page is shown, the log says why.
            LOG.log(Level.WARNING, "Refus de navigateur non tracé : " + decision.navigateur(), journalIndisponible);
        }
    }
}
