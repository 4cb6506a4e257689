package org.eden.portail.habilitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.UnauthorizedException;
import org.apache.shiro.subject.Subject;
import org.eden.portail.convention.Contact;
import org.eden.portail.convention.Convention;
import org.eden.portail.convention.ConventionRepository;
import org.eden.portail.convention.ModeGestion;
import org.eden.portail.convention.Quota;
import org.eden.portail.convention.StatutConvention;
import org.eden.portail.identite.PermissionsIdentite;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.CafRepository;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.shared.ViolationUnicite;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the habilitation services share, inside their transaction: who the caller may manage
 * (R-HAB-5, R-HAB-7), who the administrateur partenaire is (read from the contrat de service of the
 * convention in force — never copied), and the derivation of a user's effective habilitations from
 * his groups with the quota, AFAS and R-HAB-12 checks.
 */
@ApplicationScoped
public class GestionHabilitations {

    @Inject
    HabilitationRepository depot;

    @Inject
    ConventionRepository conventions;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    CafRepository cafs;

    @Inject
    Event<SessionsAFermer> fermetures;

    @Inject
    Event<TitulaireModifie> changementsDeTitulaire;

    @Inject
    Clock horloge;

    // --- who acts, on what -------------------------------------------------------------------

    static String acteur() {
        return String.valueOf(SecurityUtils.getSubject().getPrincipal());
    }

    /** The caller for the record of a change (R-HAB-13): « système » outside a request (a timer, an import's thread). */
    static String auteur() {
        try {
            Object principal = SecurityUtils.getSubject().getPrincipal();
            return principal == null ? "système" : principal.toString();
        } catch (RuntimeException horsRequete) {
            return "système";
        }
    }

    OrganismePartenaire organisme(Long organismeId) {
        return cafs.organisme(organismeId)
                .orElseThrow(() -> new UnauthorizedException("Organisme partenaire inconnu ou hors de votre portée."));
    }

    Optional<Convention> conventionEnVigueur(Long organismeId) {
        return conventions.conventionEnVigueur(organismeId);
    }

    /** R-HAB-2: the active convention, or a refusal saying what is missing. */
    Convention conventionActive(OrganismePartenaire organisme) {
        Convention convention = conventionEnVigueur(organisme.getId()).orElse(null);
        ReglesHabilitation.exigerConventionActive(convention, organisme.getNom());
        return convention;
    }

    boolean delegationRetiree(Long organismeId) {
        return depot.delegation(organismeId).map(DelegationHabilitations::isRetiree).orElse(false);
    }

    /** R-HAB-7: the Caf manages for the partner in centralised mode and after a "reprise en main". */
    boolean laCafGere(Convention convention) {
        return convention != null && (convention.getContrat().getMode() == ModeGestion.CENTRALISE
                || delegationRetiree(convention.getOrganisme().getId()));
    }

    /**
     * The caller's scope in an organisation whose convention must be active (R-HAB-2), checked in
     * this order: what every change of its groups and users asks first.
     */
    Portee porteeConventionActive(OrganismePartenaire organisme) {
        Portee portee = portee(organisme);
        conventionActive(organisme);
        return portee;
    }

    /**
     * The caller's scope in the organisation. An account without {@code habilitation:gerer:<id>}
     * (another organisation, a plain user, the Caf of a delegated partner) gets an
     * {@link org.apache.shiro.authz.AuthorizationException}: ids sent by a request never widen it.
     */
    Portee portee(OrganismePartenaire organisme) {
        Subject sujet = SecurityUtils.getSubject();
        String acteur = acteur();
        Convention convention = conventionEnVigueur(organisme.getId()).orElse(null);
        if (laCafGere(convention) && sujet.isPermitted(PermissionsIdentite.gererComptesDe(organisme.getCaf().getCode()))) {
            return new Portee(acteur, true, true, List.of());
        }
        sujet.checkPermission(PermissionsHabilitations.HABILITATION_GERER.sur(organisme.getId()));
        if (estAdministrateurOuSuppleant(convention, acteur)) {
            return new Portee(acteur, true, false, List.of());
        }
        Utilisateur moi = utilisateurs.parIdentifiant(acteur).orElseThrow(() -> new UnauthorizedException(acteur));
        List<Groupe> racines = racinesDuResponsable(moi, organisme.getId());
        if (racines.isEmpty()) {
            throw new UnauthorizedException("Aucune délégation dans cet organisme.");
        }
        return new Portee(acteur, false, false, racines);
    }

    /**
     * R-HAB-5, the one derivation of a responsable's sub-tree: the groups of the organisation he was
     * appointed on, whose sub-trees bound his rights ({@link Portee}). Empty: he is no responsable
     * there. DroitsPartenaires (the permissions) and {@link #portee} (the services) both read it.
     */
    List<Groupe> racinesDuResponsable(Utilisateur responsable, Long organismeId) {
        return depot.responsabilitesDe(responsable.getId()).stream()
                .map(ResponsableHabilitations::getGroupe)
                .filter(groupe -> groupe.getOrganisme().getId().equals(organismeId))
                .toList();
    }

    /** R-HAB-7: the Caf's own powers on its partners (suspend, force a password change, withdraw the delegation). */
    static void exigerPouvoirsCaf(OrganismePartenaire organisme) {
        SecurityUtils.getSubject().checkPermission(PermissionsIdentite.gererComptesDe(organisme.getCaf().getCode()));
    }

    /**
     * The administrateur partenaire and his suppléant are the accounts linked on the contrat of the
     * convention in force, active or suspended: the one derivation of "who administers
     * organisation X" (DroitsPartenaires says why a suspended convention keeps it).
     */
    static boolean estAdministrateurOuSuppleant(Convention convention, String identifiant) {
        if (convention == null || identifiant == null) {
            return false;
        }
        return lie(convention.getContrat().getAdministrateur(), identifiant)
                || lie(convention.getContrat().getSuppleant(), identifiant);
    }

    private static boolean lie(Contact contact, String identifiant) {
        return contact != null && identifiant.equalsIgnoreCase(contact.getIdentifiantCompte());
    }

    Groupe groupe(Long groupeId) {
        return depot.groupe(groupeId).orElseThrow(() -> new UnauthorizedException("Groupe inconnu ou hors de votre portée."));
    }

    Groupe groupeVerrouille(Long groupeId) {
        return depot.groupeVerrouille(groupeId).orElseThrow(() -> new UnauthorizedException("Groupe inconnu ou hors de votre portée."));
    }

    /** A user of the organisation: one of another organisation is refused as unknown, never revealed. */
    Utilisateur utilisateurDe(OrganismePartenaire organisme, String identifiant) {
        return utilisateurs.parIdentifiant(identifiant)
                .filter(u -> organisme.equals(u.getOrganisme()))
                .orElseThrow(() -> new RegleMetierException("R-HAB-2", "Aucun utilisateur « " + identifiant
                        + " » dans l'organisme « " + organisme.getNom() + " » : créez d'abord son compte."));
    }

    List<Groupe> groupesDe(Utilisateur utilisateur) {
        return depot.rattachementsDe(utilisateur.getId()).stream().map(Rattachement::getGroupe).toList();
    }

    // --- the effective habilitations ---------------------------------------------------------

    /**
     * Brings the user's effective habilitations in line with his groups' roles: devalidates those
     * no group carries any more (kept six years, R-TRACE-3), grants the new ones — each checked
     * against R-HAB-12, R-HAB-4 and its quota (R-HAB-3) under the lock of its bulletin.
     */
    void recalculer(Utilisateur utilisateur, Convention convention, String motifRetrait) {
        Set<RoleGroupe> voulus = new TreeSet<>();
        for (Groupe groupe : groupesDe(utilisateur)) {
            voulus.addAll(groupe.getRoles());
        }
        List<Habilitation> actuelles = depot.habilitationsEnVigueur(utilisateur.getId());
        Set<RoleGroupe> tenus = new LinkedHashSet<>();
        for (Habilitation h : actuelles) {
            if (voulus.contains(h.getRole())) {
                tenus.add(h.getRole());
            } else {
                h.devalider(motifRetrait, horloge.instant());
                changementsDeTitulaire.fire(TitulaireModifie.de(h, false, motifRetrait, auteur(), horloge.instant()));
            }
        }
        List<RoleGroupe> nouveaux = voulus.stream().filter(r -> !tenus.contains(r)).toList();
        if (nouveaux.isEmpty()) {
            depot.ecrire();
            return;
        }
        String personne = utilisateur.getNomComplet() + " (" + utilisateur.getIdentifiant() + ")";
        ReglesHabilitation.exigerPasDeCdapPourLAdministrateur(personne,
                estAdministrateurOuSuppleant(convention, utilisateur.getIdentifiant()), voulus);
        ReglesHabilitation.exigerRolesAfasParPersonne(personne, voulus);
        // Bulletins locked in one order (service code) by every transaction: no deadlock.
        nouveaux.stream().map(RoleGroupe::getService).distinct().sorted()
                .forEach(service -> depot.verrouillerBulletin(convention.getId(), service));
        for (RoleGroupe role : nouveaux) {
            Quota quota = ReglesHabilitation.exigerRoleDuBulletin(convention, role);
            long titulaires = depot.titulaires(convention.getId(), role.getService(), role.getProfil());
            ReglesHabilitation.exigerPlaceLibre(convention, quota, role, titulaires);
            Habilitation accordee = depot.enregistrer(new Habilitation(convention, utilisateur, role, horloge.instant()));
            ecrire(personne, role);
            changementsDeTitulaire.fire(TitulaireModifie.de(accordee, true, null, auteur(), horloge.instant()));
        }
    }

    private void ecrire(String personne, RoleGroupe role) {
        // The UNIQUE (en_vigueur_utilisateur, service, profil) refused a second grant made at the same time.
        ViolationUnicite.ecrire(depot::ecrire, "uk_habilitation_en_vigueur",
                () -> new RegleMetierException("R-HAB-3", personne + " détient déjà le profil " + role
                        + " : il ne compte qu'une fois, quel que soit le nombre de ses groupes."));
    }

    /** R-HAB-6: a suspended account cannot log in; its sessions end once this is committed. */
    UtilisateurVue suspendreCompte(Utilisateur utilisateur, String motif) {
        if (!utilisateur.peutSeConnecter()) {
            throw new RegleMetierException("R-HAB-6", "Le compte " + utilisateur.getIdentifiant() + " est déjà suspendu.");
        }
        depot.enregistrer(new SuspensionCompte(utilisateur, acteur(), motif, horloge.instant()));
        utilisateur.suspendre();
        fermerSessions(List.of(utilisateur.getIdentifiant()));
        return vue(utilisateur);
    }

    UtilisateurVue reactiverCompte(Utilisateur utilisateur, String motif) {
        SuspensionCompte suspension = depot.suspensionEnCours(utilisateur.getId())
                .filter(s -> !utilisateur.peutSeConnecter())
                .orElseThrow(() -> new RegleMetierException("R-HAB-6", "Le compte " + utilisateur.getIdentifiant()
                        + " n'est pas suspendu."));
        suspension.clore(acteur(), motif, horloge.instant());
        utilisateur.reactiver();
        return vue(utilisateur);
    }

    /** R-HAB-6: one habilitation stops, with a reason; the user keeps the others; his sessions end. */
    HabilitationVue suspendreHabilitation(Habilitation habilitation, String motif) {
        habilitation.suspendre(motif, horloge.instant());
        fermerSessions(List.of(habilitation.getUtilisateur().getIdentifiant()));
        return new HabilitationVue(habilitation);
    }

    HabilitationVue reactiverHabilitation(Habilitation habilitation) {
        habilitation.reactiver();
        return new HabilitationVue(habilitation);
    }

    void fermerSessions(List<String> identifiants) {
        if (!identifiants.isEmpty()) {
            fermetures.fire(new SessionsAFermer(List.copyOf(identifiants)));
        }
    }

    /**
     * R-CONV-8, R-HAB-6: the habilitations the user may use now — active, under the active
     * convention, his account not suspended. The one place that says so.
     */
    List<Habilitation> habilitationsUtilisables(Utilisateur utilisateur, Convention convention) {
        if (!GestionHabilitations.estActive(convention) || !utilisateur.peutSeConnecter()) {
            return List.of();
        }
        return depot.habilitationsEnVigueur(utilisateur.getId()).stream()
                .filter(Habilitation::estActive)
                .filter(h -> h.getConvention().equals(convention))
                .toList();
    }

    // --- views -------------------------------------------------------------------------------

    GroupeVue vue(Groupe groupe) {
        return new GroupeVue(groupe,
                depot.rattachementsDuGroupe(groupe.getId()).stream().map(r -> r.getUtilisateur().getIdentifiant()).toList(),
                depot.responsablesDe(groupe.getOrganisme().getId()).stream()
                        .filter(r -> r.getGroupe().equals(groupe))
                        .map(r -> r.getUtilisateur().getIdentifiant()).sorted().toList());
    }

    UtilisateurVue vue(Utilisateur u) {
        Convention convention = conventionEnVigueur(u.getOrganisme().getId()).orElse(null);
        return new UtilisateurVue(u, u.getStatut().getLibelle(), !u.peutSeConnecter(),
                estAdministrateurOuSuppleant(convention, u.getIdentifiant()),
                groupesDe(u).stream().map(Groupe::getChemin).sorted().toList(),
                depot.responsabilitesDe(u.getId()).stream().map(r -> r.getGroupe().getChemin()).sorted().toList(),
                depot.habilitationsEnVigueur(u.getId()).stream().map(HabilitationVue::new).toList())
                .dans(u.getOrganisme().getId(), u.getOrganisme().getNom())
                .avecCodeStatut(u.getStatut().name());
    }

    List<QuotaVue> quotas(Convention convention) {
        List<QuotaVue> vues = new ArrayList<>();
        convention.getBulletins().stream()
                .sorted(Comparator.comparing(b -> b.getService().getCode()))
                .forEach(b -> b.getQuotas().stream().filter(q -> q.getAccorde() > 0).forEach(q -> {
                    RoleGroupe role = new RoleGroupe(b.getService().getCode(), q.getProfil());
                    vues.add(new QuotaVue(role.getService(), role.getProfil(), ReglesHabilitation.maximum(q, role),
                            depot.titulaires(convention.getId(), role.getService(), role.getProfil())));
                }));
        return vues;
    }

    static String nonVide(String valeur) {
        return Objects.requireNonNullElse(valeur, "").trim();
    }

    static boolean estActive(Convention convention) {
        return convention != null && convention.getStatut() == StatutConvention.ACTIVE;
    }
}
