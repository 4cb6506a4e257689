package org.eden.portail.tableaudebord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eden.portail.afas.ComptesDeclarations;
import org.eden.portail.afas.StatutDeclaration;
import org.eden.portail.afas.SuiviDeclarations;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.CafRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * R-TDB-2 and R-AFAS-7: the AFAS declarations of an exercice in a supervision's scope, through
 * the AFAS context's hook {@link SuiviDeclarations} (never its tables): for a partner his own
 * line, for a Caf a line per partner having an équipement, for the Cnaf a line per Caf. Empty when
 * the AFAS context is not deployed. The scope was checked by the caller ({@link SupervisionService#portee}).
 */
@ApplicationScoped
public class DeclarationsAfasSupervision {

    @Inject
    Instance<SuiviDeclarations> suivi;

    @Inject
    CafRepository cafs;

    public List<Supervision.LigneDeclarations> declarations(PorteeSupervision portee, int exercice) {
        if (suivi.isUnsatisfied()) {
            return List.of();
        }
        SuiviDeclarations afas = suivi.get();
        return switch (portee.niveau()) {
            case ORGANISME -> afas.comptes(portee.codeCaf(), exercice).stream()
                    .filter(c -> portee.organismeId().equals(c.organismeId())).map(c -> ligne(String.valueOf(c.organismeId()), c.organisme(), c))
                    .toList();
            case CAF -> afas.comptes(portee.codeCaf(), exercice).stream()
                    .map(c -> ligne(String.valueOf(c.organismeId()), c.organisme(), c)).toList();
            case NATIONAL -> {
                List<Supervision.LigneDeclarations> parCaf = new ArrayList<>();
                for (Caf caf : cafs.cafs()) {
                    List<ComptesDeclarations> comptes = afas.comptes(caf.getCode(), exercice);
                    if (!comptes.isEmpty()) {
                        parCaf.add(comptes.stream().map(c -> ligne(caf.getCode(), caf.getNom(), c))
                                .reduce(Supervision.LigneDeclarations::plus).orElseThrow());
                    }
                }
                yield parCaf;
            }
        };
    }

    private static Supervision.LigneDeclarations ligne(String cle, String libelle, ComptesDeclarations c) {
        Map<StatutDeclaration, Long> s = c.parStatut();
        return new Supervision.LigneDeclarations(cle, libelle, c.exercice(), c.total(),
                n(s, StatutDeclaration.A_SAISIR) + n(s, StatutDeclaration.EN_COURS) + n(s, StatutDeclaration.A_CORRIGER),
                n(s, StatutDeclaration.A_APPROUVER), n(s, StatutDeclaration.TRANSMISE) + n(s, StatutDeclaration.RECUE),
                n(s, StatutDeclaration.VALIDEE), c.enRetard());
    }

    private static long n(Map<StatutDeclaration, Long> parStatut, StatutDeclaration statut) {
        return parStatut.getOrDefault(statut, 0L);
    }
}
