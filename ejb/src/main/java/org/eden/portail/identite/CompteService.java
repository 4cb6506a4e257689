package org.eden.portail.identite;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eden.portail.shared.CafRepository;
import org.eden.portail.shared.Courriel;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.trace.ActionTracee;

import java.time.Clock;

/**
 * Creating a partner user's account, the building block of conventions (the administrateur
 * partenaire and his suppléant, R-CONV-4) and habilitations (users created by managers, R-HAB-9).
 * The operations that call it check their own permissions (who may create whom, within which
 * quota); this one holds the rules of the account itself.
 */
@Stateless
public class CompteService {

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    CafRepository cafs;

    @Inject
    ReglesMotDePasse motsDePasse;

    @Inject
    CourrielsIdentite modeles;

    @Inject
    Event<Courriel> courriels;

    @Inject
    Clock horloge;

    /**
     * Creates the account with a generated identifier (R-HAB-1) and a provisional password valid
     * 24 h (R-PWD-2), then sends two separate mails, one with the identifier and one with the
     * password (R-HAB-9) — after the transaction commits, so a refused creation sends nothing.
     */
    @ActionTracee(value = "CREATION_COMPTE", cible = "UTILISATEUR")
    public CompteCree creerComptePartenaire(Long organismeId, String nom, String prenom, String email) {
        OrganismePartenaire organisme = cafs.organisme(organismeId)
                .orElseThrow(() -> new RegleMetierException("R-HAB-9", "Organisme partenaire introuvable."));
        if (nom == null || nom.isBlank() || prenom == null || prenom.isBlank()) {
            throw new RegleMetierException("R-HAB-9", "Le nom et le prénom de l'utilisateur sont obligatoires.");
        }
        if (!AdresseCourriel.valide(email)) {
            throw new RegleMetierException("R-HAB-9",
                    "Une adresse électronique professionnelle et personnelle est obligatoire pour créer un compte.");
        }
        var existant = utilisateurs.parOrganismeEtEmail(organisme.getId(), email);
        if (existant.isPresent()) {
            return new CompteCree(existant.get().getIdentifiant(), false);
        }
        String identifiant = utilisateurs
                .compteurVerrouille(CompteurIdentifiant.prefixePour(nom), organisme.getCaf().getCode())
                .attribuer();
        String provisoire = motsDePasse.genererProvisoire();
        Utilisateur utilisateur = utilisateurs.enregistrer(Utilisateur.partenaire(organisme, identifiant, nom.trim(),
                prenom.trim(), email.trim(), HachageMotDePasse.hacher(provisoire), horloge.instant()));
        courriels.fire(modeles.identifiant(utilisateur.getEmail(), utilisateur.getNomComplet(), identifiant, organisme.getNom()));
        courriels.fire(modeles.motDePasseProvisoire(utilisateur.getEmail(), utilisateur.getNomComplet(), provisoire,
                motsDePasse.validiteProvisoire()));
        return new CompteCree(identifiant, true);
    }
}
