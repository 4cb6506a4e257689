package org.eden.portail.tableaudebord;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/** One vintage's month of the demo figures, in a transaction of its own: readers see it whole or not at all. */
@Stateless
public class ChargementDemoStatistiques {

    @Inject
    EntrepotStatistiques entrepot;

    @Inject
    Clock horloge;

    @Inject
    Event<StatistiquesChargees> chargees;

    /** The number of figures written; none when the vintage's month is already there. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int chargerSiAbsent(Millesime millesime, YearMonth mois, long graine) {
        if (entrepot.chargement(millesime, mois).isPresent()) {
            return 0;
        }
        List<Statistique> figures = new GenerateurStatistiques(graine).generer(millesime, mois);
        int seuil = SecretStatistique.seuil();
        Set<String> secrets = SecretStatistique.secretsDuChargement(figures, seuil);
        entrepot.remplacer(new Chargement(millesime, mois, figures.size(), horloge.instant(), "DEMO", "générateur, graine " + graine), figures,
                s -> secrets.contains(s.cle()), seuil);
        chargees.fire(new StatistiquesChargees(millesime, mois));
        return figures.size();
    }
}
