package org.eden.portail.afas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eden.portail.shared.RegleMetierException;

import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;

/**
 * R-AFAS-2: makes the printable record of a declaration once transmitted (before, it is a draft
 * and has no record), for the partner's users ({@link DeclarationService#fiche}) and the Caf's
 * agents ({@link InstructionService#fiche}), who each check their right first.
 */
@ApplicationScoped
class FichesDeclaration {

    @Inject
    VuesDeclaration vues;

    @Inject
    AccesAfas acces;

    @Inject
    Clock horloge;

    FicheDeclaration fiche(Declaration d) {
        if (d.getTransmiseLe() == null) {
            throw new RegleMetierException("R-AFAS-2", "La fiche imprimable d'une déclaration existe une fois la déclaration transmise à la"
                    + " Caf : celle-ci est « " + d.getStatut().getLibelle() + " ».");
        }
        Equipement e = d.getEquipement();
        var adresse = e.getAdresse();
        var contenu = new FicheDeclarationPdf.Contenu(e.getOrganisme().getCaf().getNom(), vues.vue(d),
                adresse == null ? "" : adresse.getLigne() + ", " + adresse.getCodePostal() + " " + adresse.getCommune(),
                e.getNumeroDossier(),
                d.getJustifications().stream().map(j -> new FicheDeclarationPdf.Justifiee(j.getControleId(), j.getTexte(), j.getPar(), j.getLe()))
                        .toList(),
                d.getHistorique().stream().sorted(Comparator.comparing(EtapeDeclaration::getLe)).map(EtapeVue::de).toList(),
                horloge.instant(), acces.appelant().getIdentifiant());
        String nom = "declaration-afas-" + d.getExercice() + "-" + d.getNature().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + d.getId() + ".pdf";
        return new FicheDeclaration(nom, new FicheDeclarationPdf().produire(contenu));
    }
}
