package org.eden.portail.trace;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;

import java.util.List;
import java.util.Optional;

/** What may be asked of the traces themselves. Reading screens (R-TRACE-4) come later. */
@Stateless
public class TraceService {

    /** Traces read per page during a verification: the chain is never held in memory whole. */
    static final int PAGE = 1000;

    @Inject
    TraceRepository traces;

    /**
     * R-TRACE-1: walks the sealed chain in rang order, from its anchor (the start, or the point the
     * last purge left) to its head, and says whether it is intact or the first trace where it breaks;
     * beside the verdict, how many traces wait to be sealed and since when (not verified yet).
     * Reserved to the Caf's superviseurs and administrateurs.
     */
    @ActionTracee(value = "VERIFICATION_TRACES", cible = "TRACES")
    public VerificationChaine verifier() {
        SecurityUtils.getSubject().checkPermission(PermissionsTraces.TRACE_VERIFIER);
        // The head first: the traces sealed up to it are committed with it; later ones are not this walk's.
        TeteChaine tete = traces.tete();
        // Read before the walk, so that a trace sealed during it is counted once at most.
        AttenteScellement attente = traces.attente();
        Optional<PurgeTraces> ancre = traces.derniereAncre();
        long premierRang = ancre.map(PurgeTraces::getAncreRang).orElse(1L);
        VerificateurChaine verificateur = new VerificateurChaine(premierRang,
                ancre.map(PurgeTraces::getAncreHash).orElse(Trace.GENESE));
        // Pages follow (rang, id): a rang found twice is seen even across two pages (V25: rang is
        // no longer unique in the schema).
        long apres = premierRang - 1;
        long apresId = Long.MIN_VALUE;
        boolean suite = true;
        while (suite) {
            List<Trace> page = traces.page(apres, apresId, tete.getDernierRang(), PAGE);
            for (Trace trace : page) {
                suite = verificateur.suivante(trace);
                if (!suite) {
                    break;
                }
                apres = trace.getRang();
                apresId = trace.getId();
            }
            suite = suite && page.size() == PAGE;
        }
        return verificateur.resultat(tete.getDernierRang(), tete.getDernierHash()).avec(attente);
    }
}
