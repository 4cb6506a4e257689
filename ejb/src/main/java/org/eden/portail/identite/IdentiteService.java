package org.eden.portail.identite;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.Courriel;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.trace.ActionTracee;
import org.eden.portail.trace.EvenementTrace;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts as seen by authentication, by the session policy and by their owner. The rules
 * themselves are in {@link Utilisateur} (freeze, expiry, history) and in the password policy;
 * this service loads, orders and commits.
 */
@Stateless
public class IdentiteService {

    /** The login's action code, in the traces; its commit forgets nothing ({@link OubliDesAutorisations}). */
    static final String CONNEXION = "CONNEXION";

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    ReglesUsageRepository reglesUsage;

    @Inject
    ReglesMotDePasse motsDePasse;

    @Inject
    RegistreSessions sessions;

    @Inject
    CourrielsIdentite modeles;

    @Inject
    Event<Courriel> courriels;

    @Inject
    Event<EvenementTrace> traces;

    @Inject
    Clock horloge;

    /**
     * Checks a login attempt and records its effect (R-AUTH-1: failures counted in the database,
     * under a row lock, so that they add up across servers; a success resets them). Every path
     * costs exactly one Argon2 verification, whether the identifier exists or not.
     * <p>
     * The verification runs before any lock: the account's row is locked only when there is
     * something to write (a failure to count, past failures or a freeze to clear), and reloaded
     * then. A success on a clean account writes nothing, so the logins of one account (partner
     * software calling the API with HTTP Basic) verify in parallel instead of queueing on its row
     * for the length of an Argon2.
     */
    @ActionTracee(value = CONNEXION, cible = "UTILISATEUR", acteurEstCible = true)
    public ResultatAuthentification authentifier(String identifiant, String motDePasse) {
        Optional<Utilisateur> compte = utilisateurs.parIdentifiant(identifiant);
        if (compte.isEmpty()) {
            HachageMotDePasse.verifierLeurre(motDePasse);
            return ResultatAuthentification.IDENTIFIANT_INCONNU;
        }
        Utilisateur utilisateur = compte.get();
        String hashVerifie = utilisateur.getMotDePasseHash();
        boolean motDePasseCorrect = HachageMotDePasse.verifier(motDePasse, hashVerifie);
        Instant maintenant = horloge.instant();
        if (!motDePasseCorrect || utilisateur.aDesEchecsAEffacer()) {
            utilisateurs.verrouiller(utilisateur);
            if (!hashVerifie.equals(utilisateur.getMotDePasseHash())) {
                // Changed between the read and the lock: the answer is the new password's.
                motDePasseCorrect = HachageMotDePasse.verifier(motDePasse, utilisateur.getMotDePasseHash());
            }
        }
        if (utilisateur.estGele(maintenant)) {
            return ResultatAuthentification.COMPTE_GELE;
        }
        if (!motDePasseCorrect) {
            if (utilisateur.enregistrerEchec(maintenant, RegleGel.DEFAUT)) {
                courriels.fire(modeles.compteGele(utilisateur.getEmail(), utilisateur.getNomComplet(),
                        RegleGel.DEFAUT.seuil(), RegleGel.DEFAUT.duree()));
                return ResultatAuthentification.GEL_DECLENCHE;
            }
            return ResultatAuthentification.MOT_DE_PASSE_INCORRECT;
        }
        if (utilisateur.getStatut() == StatutCompte.SUSPENDU) {
            return ResultatAuthentification.COMPTE_SUSPENDU;
        }
        if (utilisateur.provisoireExpire(maintenant, motsDePasse.validiteProvisoire())) {
            return ResultatAuthentification.PROVISOIRE_EXPIRE;
        }
        utilisateur.authentificationReussie();
        AutorisationsDeLaRequete.retenirConnexion(() -> new AutorisationsDeLaRequete.ConnexionAuthentifiee(
                compte(utilisateur), ActeursDesTraces.acteur(utilisateur), etapes(utilisateur)));
        return ResultatAuthentification.ACCEPTEE;
    }

    public Optional<CompteAuthentification> comptePourAutorisation(String identifiant) {
        return AutorisationsDeLaRequete.connexion(identifiant).map(AutorisationsDeLaRequete.ConnexionAuthentifiee::compte)
                .or(() -> utilisateurs.parIdentifiant(identifiant).map(IdentiteService::compte));
    }

    private static CompteAuthentification compte(Utilisateur u) {
        return new CompteAuthentification(
                u.getIdentifiant(),
                u.getStatut(),
                Set.copyOf(u.getRolesCaf()),
                Optional.ofNullable(u.getCaf()).map(Caf::getCode).orElse(null),
                Optional.ofNullable(u.getOrganisme()).map(OrganismePartenaire::getId).orElse(null));
    }

    /**
     * A login to the portal: records it (R-AUTH-3), makes this session the only one of the
     * identifier (R-SESS-1) and says which steps come first (R-AUTH-2, R-PWD-3).
     */
    @ActionTracee(value = "OUVERTURE_SESSION", cible = "UTILISATEUR", acteurEstCible = true)
    public ConnexionOuverte ouvrirSession(String identifiant, String sessionId) {
        Utilisateur utilisateur = utilisateurs.parIdentifiant(identifiant).orElseThrow();
        Optional<Instant> precedente = utilisateur.enregistrerConnexion(horloge.instant());
        sessions.ouvrir(utilisateur.getIdentifiant(), sessionId);
        return new ConnexionOuverte(utilisateur.getIdentifiant(), utilisateur.getNomComplet(),
                rattachement(utilisateur), precedente.orElse(null), etapes(utilisateur));
    }

    /** The steps due (R-AUTH-2); those this request's login found, if it logged {@code identifiant} in. */
    public List<EtapeConnexion> etapes(String identifiant) {
        return AutorisationsDeLaRequete.connexion(identifiant).map(AutorisationsDeLaRequete.ConnexionAuthentifiee::etapes)
                .orElseGet(() -> utilisateurs.parIdentifiant(identifiant).map(this::etapes).orElse(List.of()));
    }

    private List<EtapeConnexion> etapes(Utilisateur utilisateur) {
        List<EtapeConnexion> etapes = new ArrayList<>();
        reglesUsage.enVigueur()
                .filter(regles -> !utilisateur.aAccepte(regles.getVersion()))
                .ifPresent(regles -> etapes.add(EtapeConnexion.REGLES_USAGE));
        if (utilisateur.doitChangerMotDePasse(horloge.instant(), motsDePasse.validitePersonnelle())) {
            etapes.add(EtapeConnexion.NOUVEAU_MOT_DE_PASSE);
        }
        return List.copyOf(etapes);
    }

    public RegistreSessions.Etat etatSession(String identifiant, String sessionId) {
        return sessions.etat(identifiant, sessionId);
    }

    /** The person logs out (R-TRACE-1); the end of the session itself follows, see {@link #sessionTerminee}. */
    @ActionTracee(value = "DECONNEXION", cible = "UTILISATEUR", acteurEstCible = true)
    public void deconnexion(String identifiant) {
        // Nothing to change: the session's end does the rest. Traced here because only the logout
        // knows it was asked for, not a timeout.
    }

    /**
     * A session ended (logout, idle timeout, replaced): it leaves the registry of sessions in
     * force, and is traced with its own id's hash (there is no request when it times out).
     */
    public void sessionTerminee(String identifiant, String sessionId) {
        sessions.oublier(identifiant, sessionId);
        traces.fire(EvenementTrace.succes("FIN_SESSION", "UTILISATEUR", identifiant).par(identifiant).session(sessionId));
    }

    public ReglesUsage reglesEnVigueur() {
        return reglesUsage.enVigueur().orElseThrow();
    }

    /** R-AUTH-2: acceptance of the version the person was shown, recorded with the time. */
    @ActionTracee(value = "ACCEPTATION_REGLES_USAGE", cible = "UTILISATEUR", acteurEstCible = true)
    public void accepterReglesUsage(String identifiant, String versionLue) {
        ReglesUsage enVigueur = reglesEnVigueur();
        if (!enVigueur.getVersion().equals(versionLue)) {
            throw new RegleMetierException("R-AUTH-2",
                    "Les règles d'usage ont été mises à jour pendant votre lecture : prenez connaissance de la nouvelle version.");
        }
        Utilisateur utilisateur = utilisateurs.parIdentifiantVerrouille(identifiant).orElseThrow();
        if (!utilisateur.aAccepte(enVigueur.getVersion())) {
            reglesUsage.enregistrer(utilisateur.accepterReglesUsage(enVigueur, horloge.instant()));
        }
    }

    /**
     * The person's own new password ("Changer mon mot de passe", and the mandatory change of a
     * provisional or expired one): the current password is asked again, the new one must pass
     * the policy, including the history (R-PWD-1, R-PWD-4).
     */
    @ActionTracee(value = "CHANGEMENT_MOT_DE_PASSE", cible = "UTILISATEUR", acteurEstCible = true)
    public void changerMotDePasse(String identifiant, String actuel, String nouveau) {
        Utilisateur utilisateur = utilisateurs.parIdentifiantVerrouille(identifiant).orElseThrow();
        if (!HachageMotDePasse.verifier(actuel, utilisateur.getMotDePasseHash())) {
            throw new RegleMetierException("R-PWD-5", "Le mot de passe actuel saisi n'est pas le bon.");
        }
        List<String> refus = motsDePasse.refus(nouveau, utilisateur);
        if (!refus.isEmpty()) {
            throw new MotDePasseRefuseException(refus);
        }
        utilisateur.changerMotDePasse(HachageMotDePasse.hacher(nouveau), horloge.instant(), motsDePasse.historique());
    }

    /**
     * R-PWD-6: a forgotten password. When the identifier and the e-mail address match an account
     * that is not suspended, a provisional password valid 24 h is mailed; in every case the caller
     * learns nothing, and the work done costs about the same.
     */
    @ActionTracee(value = "MOT_DE_PASSE_OUBLIE", cible = "UTILISATEUR", acteurEstCible = true)
    public void motDePasseOublie(String identifiant, String email) {
        String provisoire = motsDePasse.genererProvisoire();
        String hash = HachageMotDePasse.hacher(provisoire);
        utilisateurs.parIdentifiantVerrouille(identifiant)
                .filter(u -> u.getEmail().equalsIgnoreCase(email == null ? "" : email.trim()))
                .filter(Utilisateur::peutSeConnecter)
                .ifPresent(u -> {
                    u.attribuerMotDePasseProvisoire(hash, horloge.instant(), motsDePasse.historique());
                    sessions.fermer(u.getIdentifiant());
                    courriels.fire(modeles.motDePasseOublie(u.getEmail(), u.getNomComplet(), provisoire,
                            motsDePasse.validiteProvisoire()));
                });
    }

    /** R-HAB-7, R-SESS-3: the next login starts with a new password; live sessions end now. */
    @ActionTracee(value = "CHANGEMENT_MOT_DE_PASSE_FORCE", cible = "UTILISATEUR")
    public void forcerChangementMotDePasse(String identifiant) {
        Utilisateur utilisateur = utilisateurs.parIdentifiantVerrouille(identifiant)
                .orElseThrow(() -> new RegleMetierException("R-HAB-7", "Compte introuvable : " + identifiant + "."));
        verifierDroitDeGerer(utilisateur);
        utilisateur.forcerChangementMotDePasse();
        sessions.fermer(utilisateur.getIdentifiant());
    }

    /** R-HAB-6, R-SESS-3: a suspended account cannot log in; its live sessions end now. */
    @ActionTracee(value = "SUSPENSION", cible = "UTILISATEUR")
    public void suspendre(String identifiant) {
        Utilisateur utilisateur = utilisateurs.parIdentifiantVerrouille(identifiant)
                .orElseThrow(() -> new RegleMetierException("R-HAB-6", "Compte introuvable : " + identifiant + "."));
        verifierDroitDeGerer(utilisateur);
        utilisateur.suspendre();
        sessions.fermer(utilisateur.getIdentifiant());
    }

    private static void verifierDroitDeGerer(Utilisateur utilisateur) {
        String codeCaf = utilisateur.getCaf() == null ? "cnaf" : utilisateur.getCaf().getCode();
        SecurityUtils.getSubject().checkPermission(PermissionsIdentite.gererComptesDe(codeCaf));
    }

    /** "Mon compte": a consultation, traced like every other (R-TRACE-1). */
    @ActionTracee(value = "CONSULTATION_COMPTE", cible = "UTILISATEUR")
    public Optional<ProfilUtilisateur> profil(String identifiant) {
        return utilisateurs.parIdentifiant(identifiant).map(u -> new ProfilUtilisateur(
                u, u.getStatut().getLibelle(), rattachement(u),
                u.getRolesCaf().stream().sorted(Comparator.naturalOrder()).map(RoleCaf::getLibelle).toList(),
                u.getCreeLe(), u.getMotDePasseChangeLe(),
                motsDePasse.expirationPersonnelle(u.getMotDePasseChangeLe()).orElse(null)));
    }

    private static String rattachement(Utilisateur u) {
        if (u.getOrganisme() != null) {
            return u.getOrganisme().getNom();
        }
        if (u.getCaf() != null) {
            return u.getCaf().getNom();
        }
        return "Cnaf";
    }
}
