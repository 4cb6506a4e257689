package org.eden.portail.habilitation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eden.portail.convention.Contact;
import org.eden.portail.convention.Convention;
import org.eden.portail.identite.CompteCree;
import org.eden.portail.identite.CompteService;
import org.eden.portail.identite.StatutCompte;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.shared.ViolationUnicite;
import org.eden.portail.trace.ActionTracee;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A partner's users as its managers handle them: creation (R-HAB-1, R-HAB-9), attachment to groups
 * (R-HAB-2, R-HAB-3, R-HAB-4, R-HAB-12), suspension and reactivation of an account or of one
 * habilitation (R-HAB-6). Permission {@code habilitation:gerer:<organisme>}, sub-tree checked
 * (R-HAB-5); the Caf in centralised mode or after a "reprise en main" (R-HAB-7).
 */
@Stateless
public class UtilisateursPartenaireService {

    @Inject
    GestionHabilitations gestion;

    @Inject
    HabilitationRepository depot;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    CompteService comptes;

    @Inject
    Clock horloge;

    /**
     * R-HAB-2: users come after the groups and their roles. R-HAB-1: one account per person (e-mail)
     * per organisation — a second one is refused. R-HAB-9: two separate mails, after the commit.
     */
    @ActionTracee(value = "CREATION_UTILISATEUR", cible = "ORGANISME")
    public CompteCree creerUtilisateur(Long organismeId, String nom, String prenom, String email) {
        OrganismePartenaire organisme = gestion.organisme(organismeId);
        gestion.porteeConventionActive(organisme);
        if (depot.groupesDe(organisme.getId()).stream().noneMatch(g -> !g.getRoles().isEmpty())) {
            throw new RegleMetierException("R-HAB-2", "Créez d'abord un groupe et attribuez-lui un rôle d'un bulletin d'adhésion :"
                    + " les utilisateurs viennent après les groupes et leurs rôles.");
        }
        String adresse = email == null ? null : email.trim().toLowerCase(Locale.ROOT);
        utilisateurs.parOrganismeEtEmail(organisme.getId(), adresse).ifPresent(existant -> {
            throw new RegleMetierException("R-HAB-1", "L'adresse " + adresse + " est déjà celle du compte " + existant.getIdentifiant()
                    + " (" + existant.getNomComplet() + ") dans l'organisme « " + organisme.getNom()
                    + " » : une personne n'a qu'un compte par organisme.");
        });
        CompteCree compte = comptes.creerComptePartenaire(organisme.getId(), nom, prenom, adresse);
        // UNIQUE (organisme_id, email): another manager created the same person at the same moment.
        ViolationUnicite.ecrire(depot::ecrire, "uk_utilisateur_organisme_email",
                () -> new RegleMetierException("R-HAB-1", "L'adresse " + adresse + " vient d'être utilisée pour un autre compte de l'organisme « "
                        + organisme.getNom() + " » : une personne n'a qu'un compte par organisme."));
        return compte;
    }

    /** R-HAB-2, R-HAB-3: attaches the user to a group of the caller's sub-tree; he gets its roles within the quotas. */
    @ActionTracee(value = "RATTACHEMENT_GROUPE", cible = "GROUPE")
    public UtilisateurVue rattacher(Long groupeId, String identifiant) {
        GroupeEtMembre cas = groupeEtMembre(groupeId, identifiant);
        Groupe groupe = cas.groupe();
        Utilisateur utilisateur = cas.utilisateur();
        if (depot.rattachement(groupe.getId(), utilisateur.getId()).isPresent()) {
            throw new RegleMetierException("R-HAB-2", utilisateur.getNomComplet() + " est déjà rattaché au groupe « "
                    + groupe.getChemin() + " ».");
        }
        depot.enregistrer(new Rattachement(groupe, utilisateur, cas.portee().acteur(), horloge.instant()));
        // UNIQUE (groupe_id, utilisateur_id): another manager attached him at the same moment.
        ViolationUnicite.ecrire(depot::ecrire, "uk_rattachement",
                () -> new RegleMetierException("R-HAB-2", utilisateur.getNomComplet() + " vient d'être rattaché au groupe « "
                        + groupe.getChemin() + " »."));
        gestion.recalculer(utilisateur, cas.convention(), "Rattaché au groupe « " + groupe.getChemin() + " »");
        return gestion.vue(utilisateur);
    }

    /** The user leaves the group; the habilitations no other group of his carries are devalidated (R-TRACE-3). */
    @ActionTracee(value = "DETACHEMENT_GROUPE", cible = "GROUPE")
    public UtilisateurVue detacher(Long groupeId, String identifiant) {
        GroupeEtMembre cas = groupeEtMembre(groupeId, identifiant);
        Groupe groupe = cas.groupe();
        Utilisateur utilisateur = cas.utilisateur();
        Rattachement rattachement = depot.rattachement(groupe.getId(), utilisateur.getId())
                .orElseThrow(() -> new RegleMetierException("R-HAB-2", utilisateur.getNomComplet()
                        + " n'est pas rattaché au groupe « " + groupe.getChemin() + " »."));
        depot.supprimer(rattachement);
        depot.ecrire();
        gestion.recalculer(utilisateur, cas.convention(), "Détaché du groupe « " + groupe.getChemin() + " »");
        return gestion.vue(utilisateur);
    }

    /** A group of the caller's sub-tree and a user of his reach, in the partner's active convention: who is attached or detached. */
    private record GroupeEtMembre(Groupe groupe, Portee portee, Convention convention, Utilisateur utilisateur) {
    }

    private GroupeEtMembre groupeEtMembre(Long groupeId, String identifiant) {
        Groupe groupe = gestion.groupe(groupeId);
        Portee portee = gestion.portee(groupe.getOrganisme());
        portee.exigerGroupe(groupe);
        Convention convention = gestion.conventionActive(groupe.getOrganisme());
        Utilisateur utilisateur = gestion.utilisateurDe(groupe.getOrganisme(), identifiant);
        exigerDansLaPortee(portee, utilisateur);
        return new GroupeEtMembre(groupe, portee, convention, utilisateur);
    }

    /** R-HAB-6: a suspended user cannot log in; his sessions end at once (after the commit). */
    @ActionTracee(value = "SUSPENSION_UTILISATEUR", cible = "UTILISATEUR")
    public UtilisateurVue suspendre(String identifiant, String motif) {
        return gestion.suspendreCompte(utilisateurGere(identifiant), motif);
    }

    @ActionTracee(value = "REACTIVATION_UTILISATEUR", cible = "UTILISATEUR")
    public UtilisateurVue reactiver(String identifiant, String motif) {
        return gestion.reactiverCompte(utilisateurGere(identifiant), motif);
    }

    /** R-HAB-6: one habilitation stops, with a reason; the user keeps the others; his sessions end. */
    @ActionTracee(value = "SUSPENSION_HABILITATION", cible = "HABILITATION")
    public HabilitationVue suspendreHabilitation(Long habilitationId, String motif) {
        return gestion.suspendreHabilitation(habilitationGeree(habilitationId), motif);
    }

    @ActionTracee(value = "REACTIVATION_HABILITATION", cible = "HABILITATION")
    public HabilitationVue reactiverHabilitation(Long habilitationId) {
        return gestion.reactiverHabilitation(habilitationGeree(habilitationId));
    }

    /** The user page: account, groups, effective habilitations, manager roles. */
    @ActionTracee(value = "CONSULTATION_UTILISATEUR", cible = "UTILISATEUR")
    public UtilisateurVue utilisateur(String identifiant) {
        Utilisateur utilisateur = utilisateurs.parIdentifiant(identifiant)
                .filter(u -> u.getOrganisme() != null)
                .orElseThrow(() -> new org.apache.shiro.authz.UnauthorizedException("Utilisateur inconnu ou hors de votre portée."));
        Portee portee = gestion.portee(utilisateur.getOrganisme());
        List<Groupe> groupes = gestion.groupesDe(utilisateur);
        if (!portee.totale()) {
            if (gestionnairePrincipal(utilisateur)) {
                throw new org.apache.shiro.authz.UnauthorizedException("Utilisateur inconnu ou hors de votre portée.");
            }
            if (!groupes.isEmpty()) {
                portee.exigerUtilisateur(utilisateur.getIdentifiant(), groupes);
            }
        }
        // What the page may offer: exactly what suspendre / reactiver would accept (R-HAB-5, R-HAB-7).
        boolean compteGerable = (portee.caf() || !gestionnairePrincipal(utilisateur))
                && (portee.totale() || !groupes.isEmpty());
        return gestion.vue(utilisateur).gerable(compteGerable);
    }

    /**
     * The organisation's users the caller manages: all for the administrateur (or the Caf), for a
     * responsable those attached to his sub-tree and those attached nowhere yet.
     */
    @ActionTracee(value = "CONSULTATION_UTILISATEURS", cible = "ORGANISME")
    public List<UtilisateurVue> utilisateurs(Long organismeId) {
        OrganismePartenaire organisme = gestion.organisme(organismeId);
        Portee portee = gestion.portee(organisme);
        return utilisateurs.deLOrganisme(organisme.getId()).stream()
                .filter(u -> {
                    if (portee.totale()) {
                        return true;
                    }
                    List<Groupe> groupes = gestion.groupesDe(u);
                    return !gestionnairePrincipal(u) && (groupes.isEmpty() || groupes.stream().anyMatch(portee::couvre));
                })
                .map(gestion::vue)
                .toList();
    }

    /**
     * R-HAB-11: one page of the users list, filtered, sorted and cut by the database, within what
     * the caller manages (R-HAB-5: a responsable sees the users attached to his sub-tree and those
     * attached nowhere yet).
     */
    @ActionTracee(value = "CONSULTATION_UTILISATEURS", cible = "ORGANISME")
    public List<LigneUtilisateur> rechercher(Long organismeId, CritereUtilisateurs critere, int premier, int nombre) {
        FiltreUtilisateurs filtre = filtre(organismeId, critere);
        List<Utilisateur> page = depot.utilisateurs(filtre, premier, Math.min(nombre, 500));
        List<Long> ids = page.stream().map(Utilisateur::getId).toList();
        Map<Long, List<String>> groupes = new HashMap<>();
        for (Rattachement r : depot.rattachementsDe(ids)) {
            groupes.computeIfAbsent(r.getUtilisateur().getId(), k -> new ArrayList<>()).add(r.getGroupe().getChemin());
        }
        Map<Long, List<String>> profils = new HashMap<>();
        for (Habilitation h : depot.habilitationsEnVigueur(ids)) {
            profils.computeIfAbsent(h.getUtilisateur().getId(), k -> new ArrayList<>())
                    .add(h.getRole() + (h.estActive() ? "" : " (" + h.getStatut().getLibelle().toLowerCase(Locale.ROOT) + ")"));
        }
        return page.stream().map(u -> new LigneUtilisateur(u,
                        String.join(", ", groupes.getOrDefault(u.getId(), List.of()).stream().sorted().toList()),
                        String.join(", ", profils.getOrDefault(u.getId(), List.of()))))
                .toList();
    }

    /** R-HAB-11: how many users the same filters give (the list's pages). */
    @ActionTracee(value = "CONSULTATION_UTILISATEURS", cible = "ORGANISME")
    public long compter(Long organismeId, CritereUtilisateurs critere) {
        return depot.compterUtilisateurs(filtre(organismeId, critere));
    }

    private FiltreUtilisateurs filtre(Long organismeId, CritereUtilisateurs critere) {
        OrganismePartenaire organisme = gestion.organisme(organismeId);
        Portee portee = gestion.portee(organisme);
        CritereUtilisateurs c = critere == null ? CritereUtilisateurs.tous() : critere;
        Set<Long> couverts = portee.totale() ? null : depot.groupesDe(organisme.getId()).stream()
                .filter(portee::couvre).map(Groupe::getId).collect(Collectors.toSet());
        String role = vide(c.role());
        String[] paire = role == null ? new String[0] : role.split("\\s+", 2);
        String service = paire.length == 2 ? paire[0] : null;
        String profil = paire.length == 2 ? paire[1] : null;
        StatutCompte statut = null;
        if (vide(c.statut()) != null) {
            try {
                statut = StatutCompte.valueOf(c.statut().trim());
            } catch (IllegalArgumentException inconnu) {
                throw new RegleMetierException("R-HAB-11", "Statut de compte inconnu : « " + c.statut() + " ».");
            }
        }
        Set<String> exclus = portee.totale() ? Set.of() : gestionnairesPrincipaux(organisme.getId());
        return new FiltreUtilisateurs(organisme.getId(), couverts, exclus, vide(c.nom()), vide(c.identifiant()), c.groupeId(), statut,
                service, profil, tri(c.tri()), c.croissant());
    }

    private static FiltreUtilisateurs.TriUtilisateurs tri(String champ) {
        return switch (champ == null ? "" : champ) {
            case "prenom" -> FiltreUtilisateurs.TriUtilisateurs.PRENOM;
            case "identifiant" -> FiltreUtilisateurs.TriUtilisateurs.IDENTIFIANT;
            case "statut", "statutLibelle" -> FiltreUtilisateurs.TriUtilisateurs.STATUT;
            case "derniereConnexion" -> FiltreUtilisateurs.TriUtilisateurs.DERNIERE_CONNEXION;
            default -> FiltreUtilisateurs.TriUtilisateurs.NOM;
        };
    }

    private static String vide(String valeur) {
        return valeur == null || valeur.isBlank() ? null : valeur.trim();
    }

    private Utilisateur utilisateurGere(String identifiant) {
        Utilisateur utilisateur = utilisateurs.parIdentifiantVerrouille(identifiant)
                .filter(u -> u.getOrganisme() != null)
                .orElseThrow(() -> new org.apache.shiro.authz.UnauthorizedException("Utilisateur inconnu ou hors de votre portée."));
        Portee portee = gestion.porteeConventionActive(utilisateur.getOrganisme());
        exigerPasUnGestionnairePrincipal(portee, utilisateur);
        portee.exigerUtilisateur(utilisateur.getIdentifiant(), gestion.groupesDe(utilisateur));
        return utilisateur;
    }

    private Habilitation habilitationGeree(Long habilitationId) {
        Habilitation habilitation = depot.habilitation(habilitationId)
                .orElseThrow(() -> new org.apache.shiro.authz.UnauthorizedException("Habilitation inconnue ou hors de votre portée."));
        Utilisateur utilisateur = habilitation.getUtilisateur();
        Portee portee = gestion.porteeConventionActive(utilisateur.getOrganisme());
        exigerDansLaPortee(portee, utilisateur);
        portee.exigerUtilisateur(utilisateur.getIdentifiant(), gestion.groupesDe(utilisateur));
        return habilitation;
    }

    /**
     * R-HAB-5, R-HAB-7: the administrateur partenaire and his suppléant are outside any responsable's
     * sub-tree: only they themselves and the Caf attach them to a group or detach them.
     */
    private void exigerDansLaPortee(Portee portee, Utilisateur utilisateur) {
        if (!portee.totale() && gestionnairePrincipal(utilisateur)) {
            throw new RegleMetierException("R-HAB-5", "Le compte " + utilisateur.getIdentifiant()
                    + " est celui de l'administrateur partenaire ou de son suppléant : il est hors du périmètre d'un responsable des habilitations.");
        }
    }

    private boolean gestionnairePrincipal(Utilisateur utilisateur) {
        return GestionHabilitations.estAdministrateurOuSuppleant(
                gestion.conventionEnVigueur(utilisateur.getOrganisme().getId()).orElse(null), utilisateur.getIdentifiant());
    }

    /** The identifiers of the administrateur partenaire and his suppléant (those linked to an account). */
    private Set<String> gestionnairesPrincipaux(Long organismeId) {
        return gestion.conventionEnVigueur(organismeId).map(c -> java.util.stream.Stream.of(c.getContrat().getAdministrateur(),
                        c.getContrat().getSuppleant())
                .filter(java.util.Objects::nonNull).map(Contact::getIdentifiantCompte).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet())).orElse(Set.of());
    }

    /**
     * The administrateur partenaire and his suppléant are the Caf's to manage (contrat de service):
     * neither suspends the other, nor does a responsable.
     */
    private void exigerPasUnGestionnairePrincipal(Portee portee, Utilisateur utilisateur) {
        if (!portee.caf() && GestionHabilitations.estAdministrateurOuSuppleant(
                gestion.conventionEnVigueur(utilisateur.getOrganisme().getId()).orElse(null), utilisateur.getIdentifiant())) {
            throw new RegleMetierException("R-HAB-7", "Le compte " + utilisateur.getIdentifiant()
                    + " est celui de l'administrateur partenaire ou de son suppléant : seule la Caf le suspend ou le réactive.");
        }
    }
}
