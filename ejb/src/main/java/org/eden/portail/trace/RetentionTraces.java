package org.eden.portail.trace;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eden.portail.shared.Horloge;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * R-TRACE-2: the purge of traces older than the retention period, the only path by which a trace
 * leaves the table. What is purged is a prefix of the chain, up to the oldest trace still within
 * the period: the chain left is whole, and starts from the anchor this run records (the first rang
 * kept and the hash of the last trace purged), which the verification then starts from.
 * <p>
 * The instant is the caller's (the daily timer passes the clock's) so that the tests can move time;
 * no screen and no API call this.
 */
@Stateless
public class RetentionTraces {

    @Inject
    TraceRepository traces;

    @Inject
    Instance<DonneesRetenues> autresDonnees;

    @ActionTracee(value = "PURGE_TRACES", cible = "TRACES")
    public PurgeTraces purger(Instant maintenant) {
        Instant limite = RegleRetention.DEFAUT.limite(maintenant, Horloge.FUSEAU);
        // Held to the commit: no append can slip between what is counted and what is deleted, and
        // two nodes running the job at once purge one after the other.
        TeteChaine tete = traces.teteVerrouillee();
        long premierAGarder = traces.premierRangDepuis(limite).orElse(tete.getDernierRang() + 1);
        long premierActuel = traces.derniereAncre().map(PurgeTraces::getAncreRang).orElse(1L);
        PurgeTraces purge;
        if (premierAGarder <= premierActuel) {
            purge = PurgeTraces.reussie(maintenant, limite, 0, null, null);
        } else {
            String ancreHash = premierAGarder > tete.getDernierRang()
                    ? tete.getDernierHash()
                    : traces.trace(premierAGarder - 1).map(Trace::getHash)
                    .orElseThrow(() -> new IllegalStateException("Trace de rang " + (premierAGarder - 1)
                            + " absente : la chaîne est rompue, purge interrompue."));
            long nombre = traces.purgerAvant(premierAGarder, limite);
            purge = PurgeTraces.reussie(maintenant, limite, nombre, premierAGarder, ancreHash);
        }
        traces.enregistrer(purge);
        return purge;
    }

    /**
     * The month partitions of the trace table (PostgreSQL) for the month of {@code maintenant} and
     * the two after it, created ahead of time so that no trace lands in the default partition.
     *
     * @return the partitions created
     */
    public List<String> preparerPartitions(Instant maintenant) {
        YearMonth mois = PartitionsTraces.mois(maintenant);
        return traces.assurerPartitions(mois, mois.plusMonths(1), mois.plusMonths(2));
    }

    /** A run that failed is recorded too, in its own transaction (the run's rolled back). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void enregistrerEchec(Instant maintenant, String message) {
        traces.enregistrer(PurgeTraces.echouee(maintenant, RegleRetention.DEFAUT.limite(maintenant, Horloge.FUSEAU), message));
    }

    /**
     * R-TRACE-3 and any other retained data: one plugged-in purge ({@link DonneesRetenues}), in a
     * transaction of its own so that one failing never stops the others; traced with its count.
     */
    @ActionTracee(value = "PURGE_DONNEES_RETENUES", cible = "DONNEES")
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PurgeDonnees purgerDonnees(String code, Instant maintenant) {
        DonneesRetenues donnees = autresDonnees.stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Aucune donnée retenue sous le code " + code));
        Instant limite = donnees.regle().limite(maintenant, Horloge.FUSEAU);
        return new PurgeDonnees(code, limite, donnees.purgerAvant(limite));
    }

    /** The codes of the plugged-in purges, in a stable order. */
    public List<String> donneesRetenues() {
        return autresDonnees.stream().map(DonneesRetenues::code).sorted().toList();
    }

    public List<PurgeTraces> purges() {
        return traces.purges();
    }
}
