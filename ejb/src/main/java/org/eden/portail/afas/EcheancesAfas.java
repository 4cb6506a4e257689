package org.eden.portail.afas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * R-AFAS-7: which declarations a Caf still awaits for a campaign — for every équipement of its
 * partners, the declaration of that exercice and kind not opened yet or still with the partner
 * ({@link StatutDeclaration#ATTENDUES}). The one derivation the late list, the reminders and the
 * dashboards' counts share.
 */
@ApplicationScoped
class EcheancesAfas {

    @Inject
    AfasRepository depot;

    /** The équipements of the Caf whose declaration of the campaign is still owed, with it when opened. */
    List<RetardVue> attendues(String codeCaf, CalendrierCampagne calendrier, int exercice, NatureDeclaration nature) {
        Map<Long, Declaration> parEquipement = new HashMap<>();
        depot.declarationsDeLaCaf(codeCaf, new FiltreDeclarations(exercice, nature, null, null, null))
                .forEach(d -> parEquipement.put(d.getEquipement().getId(), d));
        List<RetardVue> attendues = new ArrayList<>();
        for (Equipement e : depot.equipementsDeLaCaf(codeCaf)) {
            Declaration d = parEquipement.get(e.getId());
            if (d == null || StatutDeclaration.ATTENDUES.contains(d.getStatut())) {
                attendues.add(new RetardVue(e.getOrganisme().getId(), e.getOrganisme().getNom(), e.getId(), e.getNom(), e.getType(), exercice,
                        nature, nature.getLibelle(), calendrier.echeance(nature, exercice), d == null ? null : d.getId(),
                        d == null ? null : d.getStatut(), d == null ? RetardVue.NON_OUVERTE : d.getStatut().getLibelle()));
            }
        }
        return attendues;
    }

    /** R-AFAS-7: the exercice's declarations not received at their deadline, on {@code jour}, by partner and équipement. */
    List<RetardVue> retards(String codeCaf, int exercice, LocalDate jour) {
        CalendrierCampagne calendrier = depot.calendrier(codeCaf);
        List<RetardVue> retards = new ArrayList<>();
        for (NatureDeclaration nature : NatureDeclaration.values()) {
            if (calendrier.enRetard(nature, exercice, jour)) {
                retards.addAll(attendues(codeCaf, calendrier, exercice, nature));
            }
        }
        retards.sort(Comparator.comparing(RetardVue::organisme).thenComparing(RetardVue::equipement).thenComparing(RetardVue::nature));
        return retards;
    }
}
