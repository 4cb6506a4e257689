package org.eden.portail.habilitation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.UnauthorizedException;
import org.eden.portail.convention.Convention;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.CafRepository;
import org.eden.portail.shared.Fuseau;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.shared.ViolationUnicite;
import org.eden.portail.trace.ActionTracee;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * R-HAB-8, the annual reverse review of habilitations as an access-certification campaign. The
 * administrateur Caf opens the year's campaign for the Caf's partners ({@code revue:ouvrir:<caf>});
 * each partner's administrateur or suppléant (or the Caf while it manages, R-HAB-7) decides, for
 * every habilitation in force of every user, to keep or remove it, then signs the review off:
 * removed habilitations are taken away the one way the portal takes a role away — the user leaves
 * the groups that carry it, and {@link GestionHabilitations#recalculer} devalidates it (kept for
 * R-TRACE-3, its quota place freed, R-HAB-3). The result (who, when, kept and removed counts) is
 * read by the Caf's superviseur and administrateur ({@code revue:suivre:<caf>}).
 */
@Stateless
public class RevueHabilitationsService {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(Fuseau.PARIS);

    @Inject
    GestionHabilitations gestion;

    @Inject
    HabilitationRepository depot;

    @Inject
    RevueRepository revues;

    @Inject
    CafRepository cafs;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    Clock horloge;

    /** The year of the campaign in progress: the calendar year in Paris. */
    public int anneeEnCours() {
        return horloge.instant().atZone(Fuseau.PARIS).getYear();
    }

    // --- the Caf's side -----------------------------------------------------------------------

    /** R-HAB-8: opens this year's campaign for the Caf's partners; a second opening is refused. */
    @ActionTracee(value = "OUVERTURE_CAMPAGNE_REVUE", cible = "CAF")
    public SuiviCampagne ouvrirCampagne(String codeCaf) {
        Caf caf = caf(codeCaf);
        SecurityUtils.getSubject().checkPermission(PermissionsHabilitations.REVUE_OUVRIR.sur(caf.getCode()));
        int annee = anneeEnCours();
        revues.campagne(caf.getId(), annee).ifPresent(existante -> {
            throw dejaOuverte(caf, existante);
        });
        revues.enregistrer(new CampagneRevue(caf, annee, GestionHabilitations.acteur(), horloge.instant()));
        // UNIQUE (caf_id, annee): another administrateur opened it at the same moment.
        ViolationUnicite.ecrire(revues::ecrire, "uk_campagne_revue",
                () -> new RegleMetierException("R-HAB-8", "La campagne de revue des habilitations " + annee + " de la " + caf.getNom()
                        + " vient d'être ouverte : une seule campagne par an."));
        return suivi(caf, annee);
    }

    private static RegleMetierException dejaOuverte(Caf caf, CampagneRevue existante) {
        return new RegleMetierException("R-HAB-8", "La campagne de revue des habilitations " + existante.getAnnee()
                + " de la " + caf.getNom() + " est déjà ouverte depuis le " + JOUR.format(existante.getOuverteLe())
                + " (par " + existante.getOuvertePar() + ") : une seule campagne par an.");
    }

    /**
     * R-HAB-8: each partner of the Caf with a convention in force and its state for the year — not
     * started, in progress, done — with the counts; the superviseur and the administrateur Caf.
     */
    @ActionTracee(value = "CONSULTATION_CAMPAGNE_REVUE", cible = "CAF")
    public SuiviCampagne suiviCampagne(String codeCaf, int annee) {
        Caf caf = caf(codeCaf);
        SecurityUtils.getSubject().checkPermission(PermissionsHabilitations.REVUE_SUIVRE.sur(caf.getCode()));
        return suivi(caf, annee);
    }

    private SuiviCampagne suivi(Caf caf, int annee) {
        CampagneRevue campagne = revues.campagne(caf.getId(), annee).orElse(null);
        Map<Long, RevuePartenaire> parOrganisme = new LinkedHashMap<>();
        if (campagne != null) {
            revues.revuesDe(campagne.getId()).forEach(r -> parOrganisme.put(r.getOrganisme().getId(), r));
        }
        List<EtatRevuePartenaire> etats = new ArrayList<>();
        for (OrganismePartenaire organisme : cafs.organismesDe(caf)) {
            RevuePartenaire revue = parOrganisme.get(organisme.getId());
            if (revue == null && gestion.conventionEnVigueur(organisme.getId()).isEmpty()) {
                continue; // no convention, no habilitation to review
            }
            List<Habilitation> enVigueur = depot.habilitationsEnVigueurDeLOrganisme(organisme.getId());
            if (revue == null) {
                etats.add(new EtatRevuePartenaire(organisme.getId(), organisme.getNom(), organisme.getSiret(),
                        StatutRevue.NON_COMMENCEE, enVigueur.size(), 0, 0, null, null, null));
            } else if (revue.getStatut() == StatutRevue.TERMINEE) {
                etats.add(new EtatRevuePartenaire(organisme.getId(), organisme.getNom(), organisme.getSiret(), revue.getStatut(),
                        revue.getConservees() + revue.getRetirees(), revue.getConservees(), revue.getRetirees(),
                        revue.getSigneePar(), revue.getSigneeLe(), revue.getCommenceeLe()));
            } else {
                int conservees = 0;
                int retirees = 0;
                for (Habilitation h : enVigueur) {
                    Optional<DecisionRevue> decision = revue.decisionSur(h).map(DecisionHabilitation::getDecision);
                    if (decision.isPresent()) {
                        if (decision.get() == DecisionRevue.CONSERVER) {
                            conservees++;
                        } else {
                            retirees++;
                        }
                    }
                }
                etats.add(new EtatRevuePartenaire(organisme.getId(), organisme.getNom(), organisme.getSiret(), revue.getStatut(),
                        enVigueur.size(), conservees, retirees, null, null, revue.getCommenceeLe()));
            }
        }
        etats.sort(Comparator.comparing(EtatRevuePartenaire::statut).thenComparing(EtatRevuePartenaire::organisme));
        return new SuiviCampagne(caf.getCode(), annee, campagne, etats);
    }

    /** The Caf named, or (null) the caller's own Caf; the permission is then checked on it. */
    private Caf caf(String codeCaf) {
        if (codeCaf == null) {
            return utilisateurs.parIdentifiant(GestionHabilitations.acteur()).map(Utilisateur::getCaf)
                    .orElseThrow(() -> new UnauthorizedException("Aucune Caf pour ce compte."));
        }
        return cafs.cafParCode(codeCaf).orElseThrow(() -> new UnauthorizedException("Caf inconnue ou hors de votre portée."));
    }

    // --- the partner's side -------------------------------------------------------------------

    /**
     * R-HAB-8: the organisation's review of the year, user by user and habilitation by
     * habilitation. {@code organismeId} null: the caller's own organisation.
     */
    @ActionTracee(value = "CONSULTATION_REVUE_HABILITATIONS", cible = "ORGANISME")
    public RevueVue revue(Long organismeId) {
        OrganismePartenaire organisme = organismeDuRelecteur(organismeId);
        CampagneRevue campagne = revues.campagne(organisme.getCaf().getId(), anneeEnCours()).orElse(null);
        RevuePartenaire revue = campagne == null ? null : revues.revue(campagne.getId(), organisme.getId()).orElse(null);
        return vue(organisme, campagne, revue);
    }

    /** R-HAB-8: keeps or removes the habilitations given (per line or a selection); the review starts with the first decision. */
    @ActionTracee(value = "DECISION_REVUE_HABILITATIONS", cible = "ORGANISME")
    public RevueVue decider(Long organismeId, Collection<Long> habilitationIds, DecisionRevue decision) {
        if (decision == null || habilitationIds == null || habilitationIds.isEmpty()) {
            throw new RegleMetierException("R-HAB-8", "Sélectionnez au moins une habilitation à conserver ou à retirer.");
        }
        OrganismePartenaire organisme = organismeDuRelecteur(organismeId);
        RevuePartenaire revue = revueEnCours(organisme);
        for (Long id : new LinkedHashSet<>(habilitationIds)) {
            Habilitation h = depot.habilitation(id)
                    .filter(x -> organisme.getId().equals(x.getOrganismeId()) && !x.estDevalidee())
                    .orElseThrow(() -> new UnauthorizedException("Habilitation inconnue ou hors de votre portée."));
            revue.decider(h, decision, GestionHabilitations.acteur(), horloge.instant());
        }
        revues.ecrire();
        return vue(organisme, revue.getCampagne(), revue);
    }

    /** R-HAB-8, bulk "tout conserver": every habilitation still without a decision is kept. */
    @ActionTracee(value = "DECISION_REVUE_HABILITATIONS", cible = "ORGANISME")
    public RevueVue toutConserver(Long organismeId) {
        OrganismePartenaire organisme = organismeDuRelecteur(organismeId);
        RevuePartenaire revue = revueEnCours(organisme);
        for (Habilitation h : depot.habilitationsEnVigueurDeLOrganisme(organisme.getId())) {
            if (revue.decisionSur(h).isEmpty()) {
                revue.decider(h, DecisionRevue.CONSERVER, GestionHabilitations.acteur(), horloge.instant());
            }
        }
        revues.ecrire();
        return vue(organisme, revue.getCampagne(), revue);
    }

    /**
     * R-HAB-8: signs the review off once every habilitation in force has a decision. Each removed
     * habilitation goes the way of a detachment: the user leaves his groups that carry it and his
     * habilitations are recalculated (devalidated, quota freed). A group that also carries a role
     * kept for that user would take it away too: refused, saying which, so nothing is half-done.
     */
    @ActionTracee(value = "SIGNATURE_REVUE_HABILITATIONS", cible = "ORGANISME")
    public RevueVue signer(Long organismeId) {
        OrganismePartenaire organisme = organismeDuRelecteur(organismeId);
        Convention convention = gestion.conventionActive(organisme);
        RevuePartenaire revue = revueEnCours(organisme);
        List<Habilitation> enVigueur = depot.habilitationsEnVigueurDeLOrganisme(organisme.getId());
        long sansDecision = enVigueur.stream().filter(h -> revue.decisionSur(h).isEmpty()).count();
        if (sansDecision > 0) {
            throw new RegleMetierException("R-HAB-8", sansDecision + " habilitation(s) n'ont pas encore de décision :"
                    + " conservez ou retirez chacune avant de signer la revue.");
        }
        Map<Utilisateur, List<Habilitation>> parUtilisateur = new LinkedHashMap<>();
        enVigueur.forEach(h -> parUtilisateur.computeIfAbsent(h.getUtilisateur(), u -> new ArrayList<>()).add(h));
        int conservees = 0;
        int retirees = 0;
        String motif = "Retirée à la revue annuelle des habilitations " + revue.getCampagne().getAnnee();
        for (Map.Entry<Utilisateur, List<Habilitation>> entree : parUtilisateur.entrySet()) {
            Utilisateur utilisateur = entree.getKey();
            Set<RoleGroupe> aRetirer = new LinkedHashSet<>();
            Set<RoleGroupe> aConserver = new LinkedHashSet<>();
            for (Habilitation h : entree.getValue()) {
                (decision(revue, h) == DecisionRevue.RETIRER ? aRetirer : aConserver).add(h.getRole());
            }
            conservees += aConserver.size();
            retirees += aRetirer.size();
            if (aRetirer.isEmpty()) {
                continue;
            }
            List<Rattachement> quittes = depot.rattachementsDe(utilisateur.getId()).stream()
                    .filter(r -> aRetirer.stream().anyMatch(r.getGroupe()::porte))
                    .toList();
            for (Rattachement quitte : quittes) {
                for (RoleGroupe garde : aConserver) {
                    boolean encorePorte = depot.rattachementsDe(utilisateur.getId()).stream()
                            .filter(r -> !quittes.contains(r))
                            .anyMatch(r -> r.getGroupe().porte(garde));
                    if (quitte.getGroupe().porte(garde) && !encorePorte) {
                        throw new RegleMetierException("R-HAB-8", "Retirer " + aRetirer + " à " + utilisateur.getNomComplet()
                                + " le détache du groupe « " + quitte.getGroupe().getChemin() + " », qui porte aussi " + garde
                                + " que vous conservez : retirez aussi " + garde + ", ou séparez ces rôles en deux groupes avant de signer.");
                    }
                }
            }
            quittes.forEach(depot::supprimer);
            depot.ecrire();
            gestion.recalculer(utilisateur, convention, motif);
        }
        revue.signer(GestionHabilitations.acteur(), horloge.instant(), conservees, retirees);
        revues.ecrire();
        return vue(organisme, revue.getCampagne(), revue);
    }

    private static DecisionRevue decision(RevuePartenaire revue, Habilitation h) {
        return revue.decisionSur(h).map(DecisionHabilitation::getDecision).orElseThrow();
    }

    /**
     * Who leads a partner's review: its administrateur or suppléant, or the Caf while it manages
     * (R-HAB-7) — {@link GestionHabilitations#portee} with the whole organisation. A responsable
     * des habilitations, another organisation, another Caf: refused.
     */
    private OrganismePartenaire organismeDuRelecteur(Long organismeId) {
        OrganismePartenaire organisme;
        if (organismeId == null) {
            String acteur = GestionHabilitations.acteur();
            organisme = utilisateurs.parIdentifiant(acteur).map(Utilisateur::getOrganisme)
                    .orElseThrow(() -> new UnauthorizedException("Aucune organisation partenaire pour ce compte."));
        } else {
            organisme = gestion.organisme(organismeId);
        }
        if (!gestion.portee(organisme).totale()) {
            throw new UnauthorizedException("La revue des habilitations est menée par l'administrateur partenaire ou son suppléant.");
        }
        return organisme;
    }

    /** The review of this year's campaign, started now if need be; refused when the Caf has not opened it. */
    private RevuePartenaire revueEnCours(OrganismePartenaire organisme) {
        int annee = anneeEnCours();
        CampagneRevue campagne = revues.campagne(organisme.getCaf().getId(), annee)
                .orElseThrow(() -> new RegleMetierException("R-HAB-8", "La " + organisme.getCaf().getNom()
                        + " n'a pas encore ouvert la campagne de revue des habilitations " + annee + "."));
        Optional<RevuePartenaire> existante = revues.revueVerrouillee(campagne.getId(), organisme.getId());
        if (existante.isPresent()) {
            existante.get().exigerEnCours();
            return existante.get();
        }
        RevuePartenaire revue = revues.enregistrer(new RevuePartenaire(campagne, organisme, GestionHabilitations.acteur(), horloge.instant()));
        // UNIQUE (campagne_id, organisme_id): another manager started it at the same moment.
        ViolationUnicite.ecrire(revues::ecrire, "uk_revue_partenaire",
                () -> new RegleMetierException("R-HAB-8", "La revue " + annee + " de « " + organisme.getNom()
                        + " » vient d'être commencée par un autre gestionnaire : rechargez la page."));
        return revue;
    }

    private RevueVue vue(OrganismePartenaire organisme, CampagneRevue campagne, RevuePartenaire revue) {
        int annee = campagne == null ? anneeEnCours() : campagne.getAnnee();
        List<LigneRevue> lignes = new ArrayList<>();
        List<Habilitation> habilitations = revue != null && revue.getStatut() == StatutRevue.TERMINEE
                ? revue.getDecisions().stream().map(DecisionHabilitation::getHabilitation).toList()
                : depot.habilitationsEnVigueurDeLOrganisme(organisme.getId());
        for (Habilitation h : habilitations) {
            List<String> groupes = gestion.groupesDe(h.getUtilisateur()).stream()
                    .filter(g -> g.porte(h.getRole())).map(Groupe::getChemin).sorted().toList();
            DecisionRevue decision = revue == null ? null : revue.decisionSur(h).map(DecisionHabilitation::getDecision).orElse(null);
            lignes.add(new LigneRevue(h, groupes, decision));
        }
        lignes.sort(Comparator.comparing(LigneRevue::nomComplet).thenComparing(LigneRevue::identifiant)
                .thenComparing(LigneRevue::service).thenComparing(LigneRevue::profil));
        return new RevueVue(organisme.getId(), organisme.getNom(), annee, campagne != null, revue, lignes);
    }
}
