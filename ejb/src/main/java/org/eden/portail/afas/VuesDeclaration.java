package org.eden.portail.afas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eden.portail.shared.Fuseau;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a declaration shows, to its partner's users ({@link DeclarationService}) and to the Caf's
 * back office ({@link InstructionService}): its lines with last year's réel and the prévisionnel,
 * its indicators, its controls as its Caf runs them, and what the caller may do on it.
 */
@ApplicationScoped
class VuesDeclaration {

    @Inject
    AfasRepository depot;

    @Inject
    AccesAfas acces;

    @Inject
    Clock horloge;

    /**
     * R-AFAS-4: the controls of the table, as the équipement's Caf set them, on the declaration, with
     * both references of R-AFAS-10. The one place a declaration's controls are loaded.
     */
    List<ResultatControle> controles(Declaration d) {
        return ControlesCoherence.evaluer(depot.controlesDeLaCaf(d.getEquipement().getOrganisme().getCaf().getCode()), contexte(d),
                d.textesDesJustifications());
    }

    ContexteControle contexte(Declaration d) {
        return new ContexteControle(d.getEquipement().getType(), d.getNature(), d.valeurs(),
                reelPrecedent(d).map(Declaration::valeurs).orElse(null), previsionnel(d).map(Declaration::valeurs).orElse(null));
    }

    Optional<Declaration> reelPrecedent(Declaration d) {
        return depot.dernierReelAvant(d.getEquipement().getId(), d.getExercice());
    }

    Optional<Declaration> previsionnel(Declaration d) {
        return d.getNature() == NatureDeclaration.PREVISIONNEL ? Optional.empty()
                : depot.declaration(d.getEquipement().getId(), d.getExercice(), NatureDeclaration.PREVISIONNEL);
    }

    /** R-AFAS-7: the campaigns of the équipement's Caf. */
    CalendrierCampagne calendrier(Equipement e) {
        return depot.calendrier(e.getOrganisme().getCaf().getCode());
    }

    DeclarationVue vue(Declaration d) {
        Equipement e = d.getEquipement();
        Set<RoleAfas> roles = acces.roles(e);
        Optional<Declaration> reel = reelPrecedent(d);
        Map<Poste, BigDecimal> valeurs = d.valeurs();
        Map<Poste, BigDecimal> valeursReel = reel.map(Declaration::valeurs).orElse(new EnumMap<>(Poste.class));
        Map<Poste, BigDecimal> valeursPrevu = previsionnel(d).map(Declaration::valeurs).orElse(new EnumMap<>(Poste.class));
        List<LigneVue> lignes = new ArrayList<>();
        for (Partie partie : Partie.values()) {
            Poste.de(partie, e.getType()).forEach(p -> lignes.add(LigneVue.de(p, valeurs.get(p), valeursReel.get(p), valeursPrevu.get(p))));
        }
        boolean modifiable = d.getStatut().modifiable();
        boolean fournisseur = roles.contains(RoleAfas.FOURNISSEUR_ACTIVITE) || roles.contains(RoleAfas.FOURNISSEUR_FINANCIER);
        PartieDeclaration activite = d.partie(Partie.ACTIVITE);
        PartieDeclaration finances = d.partie(Partie.FINANCES);
        List<ResultatControle> resultats = controles(d);
        boolean peutSoumettre = fournisseur && (d.getStatut() == StatutDeclaration.EN_COURS || d.getStatut() == StatutDeclaration.A_CORRIGER);
        Function<Optional<Declaration>, Indicateurs> indicateurs = x -> x.map(y -> Indicateurs.calculer(e.getType(), y.valeurs())).orElse(null);
        return new DeclarationVue(DeclarationResume.de(d, calendrier(e), aujourdhui()), EquipementVue.de(e, depot.affectations(e.getId())),
                activite.getVersion(), finances.getVersion(), activite.getModifieePar(), activite.getModifieeLe(),
                finances.getModifieePar(), finances.getModifieeLe(), lignes, Indicateurs.calculer(e.getType(), valeurs),
                indicateurs.apply(reel), reel.map(Declaration::getExercice).orElse(null), resultats, d.getCommentaire(),
                d.getTransmisePar(), d.getTransmiseLe(),
                modifiable && roles.contains(RoleAfas.FOURNISSEUR_ACTIVITE), modifiable && roles.contains(RoleAfas.FOURNISSEUR_FINANCIER),
                peutSoumettre, peutSoumettre ? d.motifDeNonSoumission(resultats).orElse(null) : null,
                roles.contains(RoleAfas.APPROBATEUR) && d.getStatut() == StatutDeclaration.A_APPROUVER);
    }


    LocalDate aujourdhui() {
        return LocalDate.ofInstant(horloge.instant(), Fuseau.PARIS);
    }
}
