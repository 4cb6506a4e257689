package org.eden.portail.habilitation;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.apache.shiro.authz.UnauthorizedException;
import org.eden.portail.convention.Convention;
import org.eden.portail.convention.Quota;
import org.eden.portail.identite.AdresseCourriel;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.trace.ActionTracee;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * R-HAB-10, bulk creation of users from a CSV file. {@link #previsualiser} checks every line
 * without writing anything (missing field, e-mail, unknown group, group outside the caller's
 * sub-tree, account already there, quota the file would exceed); {@link #lancer} records the
 * import and its lines, and after the commit {@link ExecutionImport} runs them in the background,
 * each line in its own transaction through {@link UtilisateursPartenaireService} — creation and
 * attachments together or nothing (R-HAB-10), two mails per created user (R-HAB-9). The screen
 * polls {@link #progression}. Permission: that of the user services, {@code habilitation:gerer}.
 */
@Stateless
public class ImportUtilisateursService {

    @Inject
    GestionHabilitations gestion;

    @Inject
    HabilitationRepository depot;

    @Inject
    RevueRepository lots;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    Event<ImportLance> lancements;

    @Inject
    Clock horloge;

    /** R-HAB-10: each line with its check, nothing written. {@code organismeId} null: the caller's organisation. */
    @ActionTracee(value = "PREVISUALISATION_IMPORT_UTILISATEURS", cible = "ORGANISME")
    public List<LigneApercu> previsualiser(Long organismeId, byte[] contenu) {
        OrganismePartenaire organisme = organismeGere(organismeId);
        Portee portee = gestion.portee(organisme);
        Convention convention = gestion.conventionActive(organisme);
        List<FichierImport.Ligne> lignes = FichierImport.lire(contenu);
        List<Groupe> arbre = depot.groupesDe(organisme.getId());
        Map<RoleGroupe, Long> places = new HashMap<>();
        Map<String, Integer> adressesVues = new HashMap<>();
        List<LigneApercu> apercu = new ArrayList<>();
        for (FichierImport.Ligne ligne : lignes) {
            String erreur = null;
            try {
                String adresse = verifierChamps(ligne);
                Integer deja = adressesVues.putIfAbsent(adresse, ligne.numero());
                if (deja != null) {
                    throw new RegleMetierException("R-HAB-1", "L'adresse " + adresse + " figure déjà à la ligne " + deja
                            + " : une personne n'a qu'un compte par organisme.");
                }
                utilisateurs.parOrganismeEtEmail(organisme.getId(), adresse).ifPresent(existant -> {
                    throw new RegleMetierException("R-HAB-1", "L'adresse " + adresse + " est déjà celle du compte "
                            + existant.getIdentifiant() + " : une personne n'a qu'un compte par organisme.");
                });
                Set<RoleGroupe> roles = new LinkedHashSet<>();
                for (String nom : ligne.groupes()) {
                    Groupe groupe = groupe(arbre, nom, organisme);
                    portee.exigerGroupe(groupe);
                    roles.addAll(groupe.getRoles());
                }
                // R-HAB-3: the places this file would take, line after line, on top of those taken.
                for (RoleGroupe role : roles) {
                    Quota quota = ReglesHabilitation.exigerRoleDuBulletin(convention, role);
                    long prises = places.computeIfAbsent(role, r -> depot.titulaires(convention.getId(), r.getService(), r.getProfil()));
                    ReglesHabilitation.exigerPlaceLibre(convention, quota, role, prises);
                }
                roles.forEach(role -> places.merge(role, 1L, Long::sum));
            } catch (RegleMetierException refus) {
                erreur = refus.enClair();
            }
            apercu.add(new LigneApercu(ligne.numero(), ligne.nom(), ligne.prenom(), ligne.email(), ligne.groupesLus(),
                    erreur == null ? "OK" : "ERREUR", null, erreur));
        }
        return apercu;
    }

    /** R-HAB-10: records the import; its lines run in the background once this is committed. Returns its id. */
    @ActionTracee(value = "LANCEMENT_IMPORT_UTILISATEURS", cible = "ORGANISME")
    public Long lancer(Long organismeId, String nomFichier, byte[] contenu) {
        OrganismePartenaire organisme = organismeGere(organismeId);
        gestion.porteeConventionActive(organisme);
        List<FichierImport.Ligne> lignes = FichierImport.lire(contenu);
        ImportUtilisateurs lot = lots.enregistrer(new ImportUtilisateurs(organisme.getId(), nomFichier, lignes.size(),
                GestionHabilitations.acteur(), horloge.instant()));
        lots.ecrire();
        for (FichierImport.Ligne ligne : lignes) {
            lots.enregistrer(new LigneImport(lot.getId(), ligne.numero(), ligne.nom(), ligne.prenom(), ligne.email(), ligne.groupesLus()));
        }
        lots.ecrire();
        lancements.fire(new ImportLance(lot.getId()));
        return lot.getId();
    }

    /** The progress the screen polls: counts only, no personal data. */
    public EtatImport progression(Long importId) {
        return new EtatImport(importDuGestionnaire(importId), List.of());
    }

    /** R-HAB-10: the per-line report — created identifier, or the refusal naming its rule. */
    @ActionTracee(value = "CONSULTATION_RAPPORT_IMPORT", cible = "IMPORT")
    public EtatImport rapport(Long importId) {
        ImportUtilisateurs lot = importDuGestionnaire(importId);
        return new EtatImport(lot, lots.lignesImport(lot.getId()).stream()
                .map(l -> new LigneApercu(l.getNumero(), l.getNom(), l.getPrenom(), l.getEmail(), l.getGroupes(),
                        l.getResultat(), l.getIdentifiant(), l.getMessage()))
                .toList());
    }

    // --- one line, in its own transaction (called by ExecutionImport) -------------------------

    /** R-HAB-1, R-HAB-9: the fields of a line, or a refusal naming what is missing. Returns the address in lower case. */
    static String verifierChamps(FichierImport.Ligne ligne) {
        List<String> manquants = new ArrayList<>();
        if (ligne.nom().isEmpty()) {
            manquants.add("le nom");
        }
        if (ligne.prenom().isEmpty()) {
            manquants.add("le prénom");
        }
        if (ligne.email().isEmpty()) {
            manquants.add("l'adresse électronique");
        }
        if (!manquants.isEmpty()) {
            throw new RegleMetierException("R-HAB-10", "Champ manquant : " + String.join(", ", manquants)
                    + " (attendu : nom;prénom;e-mail;groupes).");
        }
        if (!AdresseCourriel.valide(ligne.email())) {
            throw new RegleMetierException("R-HAB-9", "L'adresse « " + ligne.email() + " » n'est pas une adresse électronique valide.");
        }
        return ligne.email().trim().toLowerCase(Locale.ROOT);
    }

    /** R-HAB-2: a group of the organisation named by its name (if no other has it) or its path. */
    static Groupe groupe(List<Groupe> arbre, String nom, OrganismePartenaire organisme) {
        List<String> chemin = FichierImport.segments(nom);
        List<Groupe> trouves = arbre.stream().filter(g -> correspond(g, chemin)).toList();
        if (trouves.isEmpty()) {
            throw new RegleMetierException("R-HAB-2", "Groupe « " + nom + " » inconnu dans l'organisme « " + organisme.getNom()
                    + " » : créez-le d'abord, ou vérifiez son nom.");
        }
        if (trouves.size() > 1) {
            throw new RegleMetierException("R-HAB-2", "Plusieurs groupes s'appellent « " + nom + " » : donnez son chemin, par exemple « "
                    + trouves.get(0).getChemin() + " ».");
        }
        return trouves.get(0);
    }

    private static boolean correspond(Groupe groupe, List<String> chemin) {
        Groupe courant = groupe;
        for (int i = chemin.size() - 1; i >= 0; i--) {
            if (courant == null || !courant.getNom().equalsIgnoreCase(chemin.get(i))) {
                return false;
            }
            courant = courant.getParent();
        }
        // A path written from the root must start at a root group; a bare name matches at any depth.
        return chemin.size() == 1 || courant == null;
    }

    private OrganismePartenaire organismeGere(Long organismeId) {
        if (organismeId == null) {
            return utilisateurs.parIdentifiant(GestionHabilitations.acteur()).map(u -> u.getOrganisme())
                    .filter(o -> o != null)
                    .orElseThrow(() -> new UnauthorizedException("Aucune organisation partenaire pour ce compte."));
        }
        return gestion.organisme(organismeId);
    }

    /** An import is read by the managers of its organisation (the same check as its users). */
    private ImportUtilisateurs importDuGestionnaire(Long importId) {
        ImportUtilisateurs lot = lots.importUtilisateurs(importId)
                .orElseThrow(() -> new UnauthorizedException("Import inconnu ou hors de votre portée."));
        gestion.portee(gestion.organisme(lot.getOrganismeId()));
        return lot;
    }
}
