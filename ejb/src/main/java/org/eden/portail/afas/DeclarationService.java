package org.eden.portail.afas;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.shared.Courriel;
import org.eden.portail.shared.Fuseau;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.trace.ActionTracee;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * R-AFAS-2 to R-AFAS-6, R-AFAS-10: the declarations of an équipement. Its providers open them
 * (empty or prefilled), write their own part only, justify warnings and submit; every AFAS user
 * of the équipement reads all of it; only its approver transmits or sends back. Each save runs
 * every control of the table (R-AFAS-4) and answers them with the new version. Permissions are
 * checked against the équipement loaded ({@link AccesAfas}); every call is traced; mails leave
 * after the commit.
 */
@Stateless
public class DeclarationService {

    @Inject
    AfasRepository depot;

    @Inject
    AccesAfas acces;

    @Inject
    Event<Courriel> courriels;

    @Inject
    Clock horloge;

    @Inject
    VuesDeclaration vues;

    @Inject
    FichesDeclaration fiches;

    /** R-AFAS-2, R-AFAS-10: opens the équipement's declaration of the exercice and kind, within its campaign. */
    @ActionTracee(value = "AFAS_OUVERTURE_DECLARATION", cible = "EQUIPEMENT")
    public DeclarationVue ouvrir(Long equipementId, int exercice, NatureDeclaration nature, boolean preremplir) {
        Equipement e = equipement(equipementId);
        acces.exigerFournisseur(e);
        if (nature == null) {
            throw new RegleMetierException("R-AFAS-2", "Choisissez la nature de la déclaration.");
        }
        vues.calendrier(e).exigerOuverte(nature, exercice, aujourdhui());
        if (depot.declaration(equipementId, exercice, nature).isPresent()) {
            throw new RegleMetierException("R-AFAS-2", "La déclaration « " + nature.getLibelle() + " " + exercice
                    + " » de cet équipement existe déjà : ouvrez-la depuis la liste.");
        }
        Declaration source = preremplir ? source(equipementId, exercice, nature).orElseThrow(() -> new RegleMetierException(
                "R-AFAS-10", "Aucune déclaration précédente à reprendre pour « " + nature.getLibelle() + " " + exercice + " ».")) : null;
        Declaration d = depot.enregistrer(Declaration.ouvrir(e, exercice, nature, source, acces.appelant().getIdentifiant(),
                horloge.instant()));
        depot.ecrire();
        return vues.vue(d);
    }

    /**
     * R-AFAS-10: what a new declaration starts from: the last réel for a prévisionnel, the
     * prévisionnel (or the June actualisé) for an actualisé, the latest of the exercice for a réel.
     */
    public Optional<Declaration> source(Long equipementId, int exercice, NatureDeclaration nature) {
        return switch (nature) {
            case PREVISIONNEL -> depot.dernierReelAvant(equipementId, exercice);
            case ACTUALISE_JUIN -> depot.declaration(equipementId, exercice, NatureDeclaration.PREVISIONNEL);
            case ACTUALISE_SEPTEMBRE -> depot.declaration(equipementId, exercice, NatureDeclaration.ACTUALISE_JUIN)
                    .or(() -> depot.declaration(equipementId, exercice, NatureDeclaration.PREVISIONNEL));
            case REEL -> depot.declaration(equipementId, exercice, NatureDeclaration.ACTUALISE_SEPTEMBRE)
                    .or(() -> depot.declaration(equipementId, exercice, NatureDeclaration.ACTUALISE_JUIN))
                    .or(() -> depot.declaration(equipementId, exercice, NatureDeclaration.PREVISIONNEL));
        };
    }

    /** R-AFAS-3: every AFAS user of the équipement reads the whole declaration. */
    @ActionTracee(value = "AFAS_CONSULTATION_DECLARATION", cible = "DECLARATION")
    public DeclarationVue consulter(Long declarationId) {
        Declaration d = declaration(declarationId);
        acces.exigerLecteur(d.getEquipement());
        return vues.vue(d);
    }

    /** R-AFAS-2: the printable record (PDF) of a transmitted declaration, for the AFAS users of its équipement. */
    @ActionTracee(value = "AFAS_FICHE_DECLARATION", cible = "DECLARATION")
    public FicheDeclaration fiche(Long declarationId) {
        Declaration d = declaration(declarationId);
        acces.exigerLecteur(d.getEquipement());
        return fiches.fiche(d);
    }

    /** The declarations of the caller's équipements, newest exercice first. */
    @ActionTracee(value = "AFAS_CONSULTATION_DECLARATIONS", cible = "UTILISATEUR")
    public List<DeclarationResume> mesDeclarations() {
        Utilisateur moi = acces.appelant();
        LocalDate jour = aujourdhui();
        List<DeclarationResume> toutes = new ArrayList<>();
        for (Equipement e : depot.equipementsDeLUtilisateur(moi.getId())) {
            if (!acces.roles(e).isEmpty()) {
                CalendrierCampagne c = vues.calendrier(e);
                depot.declarationsDe(e.getId()).forEach(d -> toutes.add(DeclarationResume.de(d, c, jour)));
            }
        }
        toutes.sort(Comparator.comparing(DeclarationResume::exercice).reversed().thenComparing(DeclarationResume::equipement)
                .thenComparing(DeclarationResume::nature));
        return toutes;
    }

    /** The declarations of one équipement (its AFAS users). */
    @ActionTracee(value = "AFAS_CONSULTATION_DECLARATIONS", cible = "EQUIPEMENT")
    public List<DeclarationResume> declarationsDe(Long equipementId) {
        Equipement e = equipement(equipementId);
        acces.exigerLecteur(e);
        LocalDate jour = aujourdhui();
        CalendrierCampagne c = vues.calendrier(e);
        return depot.declarationsDe(equipementId).stream().map(d -> DeclarationResume.de(d, c, jour)).toList();
    }

    /**
     * R-AFAS-3, R-AFAS-6: writes one part, by one of its providers, from the version he read.
     * A save that would overwrite another's (the version moved, or a concurrent commit) is refused
     * with who saved in between; nothing of it is kept. Answers the declaration with every control.
     */
    @ActionTracee(value = "AFAS_ENREGISTREMENT_PARTIE", cible = "DECLARATION")
    public DeclarationVue enregistrer(Long declarationId, Partie partie, long versionConnue, Map<Poste, BigDecimal> valeurs) {
        Declaration d = declaration(declarationId);
        if (partie == null) {
            throw new RegleMetierException("R-AFAS-3", "Indiquez la partie à enregistrer (activité ou données financières).");
        }
        acces.exigerRole(d.getEquipement(), partie.getFournisseur(), "R-AFAS-3");
        d.enregistrer(partie, versionConnue, valeurs == null ? Map.of() : valeurs, acces.appelant().getIdentifiant(), horloge.instant());
        depot.nouvelleVersion(d.partie(partie));
        depot.exigerVersionInchangee(d);
        ecrire(d.partie(partie));
        return vues.vue(d);
    }

    /** R-AFAS-4: a provider justifies a warning that fails now. */
    @ActionTracee(value = "AFAS_JUSTIFICATION", cible = "DECLARATION")
    public DeclarationVue justifier(Long declarationId, String controleId, String texte) {
        Declaration d = declaration(declarationId);
        acces.exigerFournisseur(d.getEquipement());
        ResultatControle echec = ControlesCoherence.echec(vues.controles(d), controleId).orElseThrow(() -> new RegleMetierException(
                "R-AFAS-4", "Le contrôle « " + controleId + " » n'est pas en échec sur cette déclaration : rien à justifier."));
        d.justifier(echec, texte, acces.appelant().getIdentifiant(), horloge.instant());
        depot.ecrire();
        return vues.vue(d);
    }

    /** R-AFAS-2, R-AFAS-4: a provider submits to the approver, who is told by mail. */
    @ActionTracee(value = "AFAS_SOUMISSION", cible = "DECLARATION")
    public DeclarationVue soumettre(Long declarationId) {
        Declaration d = declaration(declarationId);
        acces.exigerFournisseur(d.getEquipement());
        d.soumettre(vues.controles(d), acces.appelant().getIdentifiant(), horloge.instant());
        ecrire(null);
        destinataires(d, Set.of(RoleAfas.APPROBATEUR)).forEach(u -> courriels.fire(CourrielsAfas.aApprouver(u.getEmail(),
                u.getNomComplet(), d)));
        return vues.vue(d);
    }

    /** R-AFAS-5: only the équipement's approver transmits to the Caf; the providers are told. */
    @ActionTracee(value = "AFAS_TRANSMISSION", cible = "DECLARATION")
    public DeclarationVue transmettre(Long declarationId) {
        Declaration d = declaration(declarationId);
        acces.exigerRole(d.getEquipement(), RoleAfas.APPROBATEUR, "R-AFAS-5");
        d.transmettre(acces.appelant().getIdentifiant(), horloge.instant());
        ecrire(null);
        destinataires(d, Set.of(RoleAfas.FOURNISSEUR_ACTIVITE, RoleAfas.FOURNISSEUR_FINANCIER))
                .forEach(u -> courriels.fire(CourrielsAfas.transmise(u.getEmail(), u.getNomComplet(), d)));
        return vues.vue(d);
    }

    /** R-AFAS-5: only the approver sends it back to the providers, with a comment they receive by mail. */
    @ActionTracee(value = "AFAS_RENVOI_FOURNISSEURS", cible = "DECLARATION")
    public DeclarationVue renvoyer(Long declarationId, String commentaire) {
        Declaration d = declaration(declarationId);
        acces.exigerRole(d.getEquipement(), RoleAfas.APPROBATEUR, "R-AFAS-5");
        d.renvoyerAuxFournisseurs(commentaire, acces.appelant().getIdentifiant(), horloge.instant());
        ecrire(null);
        destinataires(d, Set.of(RoleAfas.FOURNISSEUR_ACTIVITE, RoleAfas.FOURNISSEUR_FINANCIER))
                .forEach(u -> courriels.fire(CourrielsAfas.renvoyee(u.getEmail(), u.getNomComplet(), d)));
        return vues.vue(d);
    }

    // -----------------------------------------------------------------------------------------

    private List<Utilisateur> destinataires(Declaration d, Set<RoleAfas> roles) {
        return depot.affectations(d.getEquipement().getId()).stream().filter(a -> roles.contains(a.getRole()))
                .map(AffectationEquipement::getUtilisateur).distinct().toList();
    }

    /** R-AFAS-6: a concurrent commit on the same part is told in French, not as a server error. */
    private void ecrire(PartieDeclaration partie) {
        try {
            depot.ecrire();
        } catch (OptimisticLockException conflit) {
            if (partie != null) {
                throw Declaration.conflit(partie);
            }
            throw new RegleMetierException("R-AFAS-6", "La déclaration vient d'être modifiée par un autre utilisateur : rechargez-la.");
        }
    }

    private Declaration declaration(Long id) {
        return depot.declaration(id).orElseThrow(() -> new RegleMetierException("R-AFAS-2", "Déclaration n° " + id + " introuvable."));
    }

    private Equipement equipement(Long id) {
        return depot.equipement(id).orElseThrow(() -> new RegleMetierException("R-AFAS-1", "Équipement n° " + id + " introuvable."));
    }

    private LocalDate aujourdhui() {
        return LocalDate.ofInstant(horloge.instant(), Fuseau.PARIS);
    }
}
