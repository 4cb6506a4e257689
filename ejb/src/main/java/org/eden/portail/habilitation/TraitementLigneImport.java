package org.eden.portail.habilitation;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eden.portail.identite.CompteCree;
import org.eden.portail.shared.OrganismePartenaire;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * R-HAB-10: one line of an import, in a transaction of its own. The account and its attachments
 * are made through {@link UtilisateursPartenaireService} (its checks, its traces, its two mails
 * sent only after the commit — R-HAB-9) and the line's result is written in the same transaction:
 * a refusal anywhere rolls it all back, so nothing is half-created, and the refusal is then
 * written by {@link #refuser} in another.
 */
@Stateless
public class TraitementLigneImport {

    @Inject
    UtilisateursPartenaireService utilisateursPartenaire;

    @Inject
    GestionHabilitations gestion;

    @Inject
    HabilitationRepository depot;

    @Inject
    RevueRepository lots;

    @Inject
    Clock horloge;

    /** Creates the user of the line and attaches him to its groups; returns his identifier. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String creer(Long importId, int numero) {
        LigneImport ligne = lots.ligneImport(importId, numero).orElseThrow();
        ImportUtilisateurs lot = lots.importUtilisateurs(importId).orElseThrow();
        OrganismePartenaire organisme = gestion.organisme(lot.getOrganismeId());
        List<String> groupesLus = ligne.getGroupes() == null || ligne.getGroupes().isBlank() ? List.of()
                : Arrays.stream(ligne.getGroupes().split("\\|")).map(String::trim).filter(g -> !g.isEmpty()).toList();
        FichierImport.Ligne lue = new FichierImport.Ligne(numero, nonNul(ligne.getNom()), nonNul(ligne.getPrenom()),
                nonNul(ligne.getEmail()), groupesLus, nonNul(ligne.getGroupes()), 4);
        ImportUtilisateursService.verifierChamps(lue);
        List<Groupe> arbre = depot.groupesDe(organisme.getId());
        List<Groupe> groupes = new ArrayList<>();
        for (String nom : groupesLus) {
            groupes.add(ImportUtilisateursService.groupe(arbre, nom, organisme));
        }
        CompteCree compte = utilisateursPartenaire.creerUtilisateur(organisme.getId(), lue.nom(), lue.prenom(), lue.email());
        for (Groupe groupe : groupes) {
            utilisateursPartenaire.rattacher(groupe.getId(), compte.identifiant());
        }
        ligne.creee(compte.identifiant());
        ImportUtilisateurs verrouille = lots.importVerrouille(importId).orElseThrow();
        verrouille.compter(true);
        verrouille.prolonger(horloge.instant());
        return compte.identifiant();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refuser(Long importId, int numero, String motif) {
        LigneImport ligne = lots.ligneImport(importId, numero).orElseThrow();
        ligne.refusee(motif);
        ImportUtilisateurs verrouille = lots.importVerrouille(importId).orElseThrow();
        verrouille.compter(false);
        verrouille.prolonger(horloge.instant());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void terminer(Long importId) {
        lots.importVerrouille(importId).orElseThrow().terminer(horloge.instant());
    }

    /** The lease of an import whose runner is gone, for this node: true when this node won it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean prendreLaMain(Long importId) {
        return lots.prendreLaMain(importId, horloge.instant());
    }

    private static String nonNul(String valeur) {
        return valeur == null ? "" : valeur.trim();
    }
}
