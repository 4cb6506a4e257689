package org.eden.portail.afas;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eden.portail.shared.Fuseau;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link SuiviDeclarations} from the declarations and the Caf's calendar ({@link EcheancesAfas}, the late list's own count). */
@Stateless
public class ComptesAfas implements SuiviDeclarations {

    @Inject
    AfasRepository depot;

    @Inject
    EcheancesAfas echeances;

    @Inject
    Clock horloge;

    @Override
    public List<ComptesDeclarations> comptes(String codeCaf, int exercice) {
        Map<Long, String> partenaires = new LinkedHashMap<>();
        depot.equipementsDeLaCaf(codeCaf).forEach(e -> partenaires.putIfAbsent(e.getOrganisme().getId(), e.getOrganisme().getNom()));
        Map<Long, Map<StatutDeclaration, Long>> parStatut = new LinkedHashMap<>();
        depot.declarationsDeLaCaf(codeCaf, exercice).forEach(d -> parStatut
                .computeIfAbsent(d.getEquipement().getOrganisme().getId(), o -> new EnumMap<>(StatutDeclaration.class))
                .merge(d.getStatut(), 1L, Long::sum));
        Map<Long, Long> retards = new LinkedHashMap<>();
        echeances.retards(codeCaf, exercice, LocalDate.ofInstant(horloge.instant(), Fuseau.PARIS))
                .forEach(r -> retards.merge(r.organismeId(), 1L, Long::sum));
        List<ComptesDeclarations> comptes = new ArrayList<>();
        partenaires.forEach((id, nom) -> comptes.add(new ComptesDeclarations(codeCaf, id, nom, exercice,
                Map.copyOf(parStatut.getOrDefault(id, Map.of())), retards.getOrDefault(id, 0L))));
        return comptes;
    }
}
