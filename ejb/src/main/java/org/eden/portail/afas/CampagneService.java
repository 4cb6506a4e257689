package org.eden.portail.afas;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.shared.ViolationUnicite;
import org.eden.portail.trace.ActionTracee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * R-AFAS-7: a Caf's campaigns, per exercice and kind: when its partners' declarations open and
 * their deadline. Unset, a campaign takes the defaults of the public Caf calendar; once set it is
 * the Caf's, and {@link DeclarationService} opens and flags late by it. Read by the Caf's AFAS
 * agents and superviseur ({@code afas:suivre:<caf>}), set by its gestionnaire AFAS or administrateur
 * ({@code afas:campagnes:<caf>}); traced; two agents at once: the later is told, nothing overwritten.
 */
@Stateless
public class CampagneService {

    @Inject
    AfasRepository depot;

    @Inject
    AccesAfas acces;

    @Inject
    Clock horloge;

    /** The caller's Caf (null for a partner's user or a Cnaf agent). */
    public String maCaf() {
        return acces.cafDeLAgent();
    }

    /** R-AFAS-7: the exercice's four campaigns of the Caf, set or default. */
    @ActionTracee(value = "AFAS_CONSULTATION_CAMPAGNES", cible = "CAF")
    public List<CampagneVue> campagnes(String codeCaf, int exercice) {
        AccesCafAfas.exigerSuivi(codeCaf);
        CalendrierCampagne calendrier = depot.calendrier(codeCaf);
        return Arrays.stream(NatureDeclaration.values())
                .map(n -> CampagneVue.de(calendrier, depot.campagne(codeCaf, exercice, n).orElse(null), n, exercice)).toList();
    }

    /** R-AFAS-7: the Caf sets one campaign, from the version it read (-1: the defaults, never set). */
    @ActionTracee(value = "AFAS_REGLAGE_CAMPAGNE", cible = "CAF")
    public CampagneVue regler(String codeCaf, int exercice, NatureDeclaration nature, LocalDate ouverture, LocalDate echeance,
                              long versionConnue) {
        AccesCafAfas.exigerCampagnes(codeCaf);
        if (nature == null) {
            throw new RegleMetierException("R-AFAS-7", "R-AFAS-7 : choisissez la nature de la déclaration de la campagne.");
        }
        String moi = acces.appelant().getIdentifiant();
        CampagneAfas campagne = depot.campagne(codeCaf, exercice, nature).orElse(null);
        if ((campagne == null ? -1 : campagne.getVersion()) != versionConnue) {
            throw modifieeEntreTemps(nature, exercice, campagne == null ? null : campagne.getModifiePar());
        }
        if (campagne == null) {
            campagne = depot.enregistrer(CampagneAfas.de(codeCaf, exercice, nature, ouverture, echeance, moi, horloge.instant()));
        } else {
            campagne.changer(ouverture, echeance, moi, horloge.instant());
        }
        ViolationUnicite.ecrireSansConflit(depot::ecrire, "uk_afas_campagne", () -> modifieeEntreTemps(nature, exercice, null));
        return CampagneVue.de(depot.calendrier(codeCaf), campagne, nature, exercice);
    }

    private static RegleMetierException modifieeEntreTemps(NatureDeclaration nature, int exercice, String par) {
        return new RegleMetierException("R-AFAS-7", "R-AFAS-7 : la campagne « " + nature.getLibelle() + " " + exercice
                + " » vient d'être réglée par " + (par == null ? "un autre agent" : par) + " : rechargez-la avant de la changer.");
    }
}
