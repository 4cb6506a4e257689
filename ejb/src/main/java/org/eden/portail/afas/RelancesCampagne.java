package org.eden.portail.afas;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.shared.Courriel;
import org.eden.portail.trace.ActionTracee;
import org.eden.portail.trace.ResultatTracable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * R-AFAS-7: the campaign's reminders. {@link #joursAvantEcheance()} days before a deadline (and
 * once the campaign is open), the providers and the approver of every équipement whose declaration
 * the Caf still awaits get a mail; the day after the deadline, its approver is told it is late.
 * Each reminder leaves once: it is recorded ({@link RelanceAfas}, unique per équipement, campaign
 * and kind) in the same transaction as its mails (the outbox), so a second pass, another node or
 * a rerun sends nothing again. Run every morning by {@link PasseRelancesAfas}; {@code jour} is a
 * parameter so the tests choose it.
 */
@Stateless
public class RelancesCampagne {

    /** The setting: days before a deadline the reminder leaves (default 15). */
    public static final String JOURS = "eden.afas.relance.jours";

    /** How long after a deadline a missed "late" reminder is still sent (a server down that day). */
    static final int JOURS_RATTRAPAGE = 30;

    @Inject
    AfasRepository depot;

    @Inject
    EcheancesAfas echeances;

    @Inject
    Event<Courriel> courriels;

    @Inject
    Clock horloge;

    private static int joursAvantEcheance() {
        try {
            return Math.max(1, Integer.parseInt(System.getProperty(JOURS, "15").strip()));
        } catch (NumberFormatException e) {
            return 15;
        }
    }

    /** The Cafs whose partners have équipements: a pass relaunches each in its own transaction. */
    public List<String> cafs() {
        return depot.cafsAvecEquipements();
    }

    /** R-AFAS-7: sends the Caf's reminders due on {@code jour} that were not sent yet; answers how many left. */
    @ActionTracee(value = "AFAS_RELANCES", cible = "CAF")
    public Bilan relancer(String codeCaf, LocalDate jour) {
        int mails = 0;
        int relances = 0;
        int avant = joursAvantEcheance();
        CalendrierCampagne calendrier = depot.calendrier(codeCaf);
        for (int exercice = jour.getYear() - 1; exercice <= jour.getYear() + 1; exercice++) {
            for (NatureDeclaration nature : NatureDeclaration.values()) {
                RelanceAfas.Sorte sorte = sorte(calendrier, nature, exercice, jour, avant);
                if (sorte == null) {
                    continue;
                }
                for (RetardVue attendue : echeances.attendues(codeCaf, calendrier, exercice, nature)) {
                    if (!depot.relanceEnvoyee(attendue.equipementId(), exercice, nature, sorte)) {
                        mails += relancer(attendue, sorte);
                        relances++;
                    }
                }
            }
        }
        depot.ecrire();
        return new Bilan(relances, mails);
    }

    /**
     * R-AFAS-7: which reminder a campaign calls for on {@code jour}: before, within the last
     * {@code avant} days of an open campaign; after, within {@link #JOURS_RATTRAPAGE} days of its deadline.
     */
    static RelanceAfas.Sorte sorte(CalendrierCampagne calendrier, NatureDeclaration nature, int exercice, LocalDate jour, int avant) {
        LocalDate echeance = calendrier.echeance(nature, exercice);
        if (!jour.isBefore(calendrier.ouverture(nature, exercice)) && !jour.isAfter(echeance) && !jour.isBefore(echeance.minusDays(avant))) {
            return RelanceAfas.Sorte.AVANT_ECHEANCE;
        }
        if (jour.isAfter(echeance) && !jour.isAfter(echeance.plusDays(JOURS_RATTRAPAGE))) {
            return RelanceAfas.Sorte.ECHEANCE_PASSEE;
        }
        return null;
    }

    private int relancer(RetardVue attendue, RelanceAfas.Sorte sorte) {
        Set<RoleAfas> roles = sorte == RelanceAfas.Sorte.AVANT_ECHEANCE ? Set.of(RoleAfas.values()) : Set.of(RoleAfas.APPROBATEUR);
        List<Utilisateur> destinataires = depot.affectations(attendue.equipementId()).stream().filter(a -> roles.contains(a.getRole()))
                .map(AffectationEquipement::getUtilisateur).distinct().toList();
        for (Utilisateur u : destinataires) {
            courriels.fire(sorte == RelanceAfas.Sorte.AVANT_ECHEANCE
                    ? CourrielsAfas.echeanceProche(u.getEmail(), u.getNomComplet(), attendue.equipement(), attendue.nature(), attendue.exercice(),
                    attendue.echeance())
                    : CourrielsAfas.echeancePassee(u.getEmail(), u.getNomComplet(), attendue.equipement(), attendue.nature(), attendue.exercice(),
                    attendue.echeance()));
        }
        depot.enregistrer(new RelanceAfas(depot.equipement(attendue.equipementId()).orElseThrow(), attendue.exercice(), attendue.nature(), sorte,
                attendue.echeance(), destinataires.size(), horloge.instant()));
        return destinataires.size();
    }

    /** What a pass sent: reminders (one per équipement and campaign) and mails. */
    public record Bilan(int relances, int courriels) implements ResultatTracable {
        @Override
        public String detailTrace() {
            return relances + " relance(s), " + courriels + " courriel(s)";
        }
    }
}
