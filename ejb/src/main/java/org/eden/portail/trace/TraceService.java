package org.eden.portail.trace;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** What may be asked of the traces themselves. Reading screens (R-TRACE-4) come later. */
@Stateless
public class TraceService {

    /** Traces read per page during a verification: the chain is never held in memory whole. */
    static final int PAGE = 1000;

    @Inject
    TraceRepository traces;

    @Inject
    Clock horloge;

    /**
     * R-TRACE-1: walks the sealed chain in link order, from its anchor (the start, or the point
     * the last purge left) to its head, and says whether it is intact or the first link where it
     * breaks; and how many traces wait for the sealer, the oldest since when (not in the chain
     * yet, so not verified). Reserved to the Caf's superviseurs and administrateurs.
     */
    @ActionTracee(value = "VERIFICATION_TRACES", cible = "TRACES")
    public VerificationChaine verifier() {
        SecurityUtils.getSubject().checkPermission(PermissionsTraces.TRACE_VERIFIER);
        // The head first: the links up to it are committed with it; later ones are not this walk's.
        TeteChaine tete = traces.tete();
        AttenteScellement attente = traces.attente();
        Optional<PurgeTraces> ancre = traces.derniereAncre();
        long premierRang = ancre.map(PurgeTraces::getAncreRang).orElse(1L);
        VerificateurChaine verificateur = new VerificateurChaine(premierRang,
                ancre.map(PurgeTraces::getAncreHash).orElse(Trace.GENESE));
        long apres = premierRang - 1;
        boolean suite = true;
        while (suite) {
            List<Trace> page = traces.page(apres, tete.getDernierRang(), PAGE);
            for (Trace trace : page) {
                suite = verificateur.suivante(trace);
                if (!suite) {
                    break;
                }
                apres = trace.getMaillon();
            }
            suite = suite && page.size() == PAGE;
        }
        return verificateur.resultat(tete.getDernierRang(), tete.getDernierHash()).avecAttente(attente, horloge.instant());
    }
}
