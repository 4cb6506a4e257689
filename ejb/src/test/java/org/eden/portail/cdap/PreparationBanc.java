package org.eden.portail.cdap;

import org.eden.portail.identite.HachageMotDePasse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.eden.portail.banc.SqlBanc.executer;
import static org.eden.portail.banc.SqlBanc.existe;
import static org.eden.portail.banc.SqlBanc.id;

/**
 * The benchmark's users, written straight into a benchmark database (never a real one): the Caf,
 * a partner with an active delegated convention whose CDAP bulletin grants {@code profil} to
 * {@code nombre} users, a group carrying that profile, and {@code nombre} accounts BNC271001… with a
 * personal password, the usage rules accepted, attached to the group and holding the habilitation,
 * as the habilitation services would have left them; and one administrateur Caf, BCA271001, whose
 * HTTP Basic calls of {@code /api/organismes?caf=271} are the logins the benchmark measures. A
 * production portal has no such shortcut: this class lives with the benchmark, in the test sources.
 */
public final class PreparationBanc {

    private PreparationBanc() {
    }

    /** The administrateur Caf whose logins the benchmark measures on its base. */
    public static String agentCaf(String codeCaf) {
        return "BCA" + codeCaf + "001";
    }

    public static List<String> preparer(String url, String utilisateur, String motDePasseBase, String codeCaf, String profil, int nombre,
                                 String motDePasse) throws SQLException {
        List<String> identifiants = new ArrayList<>();
        for (int i = 1; i <= nombre; i++) {
            identifiants.add(String.format("BNC%s%03d", codeCaf, i));
        }
        try (Connection c = DriverManager.getConnection(url, utilisateur, motDePasseBase)) {
            c.setAutoCommit(false);
            if (existe(c, "SELECT id FROM utilisateur WHERE identifiant = ?", identifiants.get(0)) != null) {
                ecrireAgentCaf(c, codeCaf, motDePasse); // a base prepared before the agent existed
                c.commit();
                return identifiants;
            }
            Timestamp maintenant = Timestamp.from(Instant.now());
            Long caf = existe(c, "SELECT id FROM caf WHERE code = ?", codeCaf);
            if (caf == null) {
                caf = id(c);
                executer(c, "INSERT INTO caf (id, version, code, nom, adresse_ligne, code_postal, commune) VALUES (?, 0, ?, ?, ?, ?, ?)",
                        caf, codeCaf, "Caf de l'Eure", "11, allée des Soupirs, CS 82601", "27026", "Évreux Cedex");
            }
            long organisme = id(c);
            executer(c, "INSERT INTO organisme_partenaire (id, version, caf_id, nom, type, siret, adresse_ligne, code_postal, commune)"
                    + " VALUES (?, 0, ?, ?, 'CCAS_CIAS', ?, ?, ?, ?)", organisme, caf, "CCAS du banc d'essai", "27199999900012",
                    "1, place du Banc", "27000", "Évreux");
            long contrat = id(c);
            executer(c, "INSERT INTO contrat_de_service (id, version, mode) VALUES (?, 0, 'DELEGUE')", contrat);
            long convention = id(c);
            executer(c, "INSERT INTO convention (id, version, caf_id, organisme_id, numero, statut, date_debut, enregistree_par,"
                    + " organisme_actif, contrat_id) VALUES (?, 0, ?, ?, '2026-999', 'ACTIVE', DATE '2026-01-01', 'BANC', ?, ?)",
                    convention, caf, organisme, organisme, contrat);
            long bulletin = id(c);
            executer(c, "INSERT INTO bulletin_adhesion (id, version, convention_id, service_code) VALUES (?, 0, ?, 'CDAP')", bulletin, convention);
            executer(c, "INSERT INTO quota_bulletin (bulletin_id, profil, demande, accorde) VALUES (?, ?, ?, ?)", bulletin, profil, nombre, nombre);
            long groupe = id(c);
            executer(c, "INSERT INTO groupe_habilitation (id, version, organisme_id, nom, cree_le, cree_par) VALUES (?, 0, ?, ?, ?, 'BANC')",
                    groupe, organisme, "Banc " + profil, maintenant);
            executer(c, "INSERT INTO role_groupe (groupe_id, service_code, profil) VALUES (?, 'CDAP', ?)", groupe, profil);
            String hash = HachageMotDePasse.hacher(motDePasse);
            for (String identifiant : identifiants) {
                long u = id(c);
                executer(c, "INSERT INTO utilisateur (id, version, identifiant, nom, prenom, email, mot_de_passe_hash, statut, cree_le,"
                        + " organisme_id, mot_de_passe_change_le, regles_usage_version) VALUES (?, 0, ?, 'Banc', 'Essai', ?, ?, 'ACTIF', ?, ?, ?, '2026-1')",
                        u, identifiant, identifiant.toLowerCase() + "@banc.eden.test", hash, maintenant, organisme, maintenant);
                executer(c, "INSERT INTO acceptation_regles_usage (id, version, utilisateur_id, regles_version, acceptees_le) VALUES (?, 0, ?, '2026-1', ?)",
                        id(c), u, maintenant);
                executer(c, "INSERT INTO rattachement_groupe (id, version, groupe_id, utilisateur_id, rattache_le, rattache_par) VALUES (?, 0, ?, ?, ?, 'BANC')",
                        id(c), groupe, u, maintenant);
                executer(c, "INSERT INTO habilitation (id, version, organisme_id, convention_id, utilisateur_id, service_code, profil, statut,"
                        + " valide_depuis, en_vigueur_utilisateur) VALUES (?, 0, ?, ?, ?, 'CDAP', ?, 'ACTIVE', ?, ?)",
                        id(c), organisme, convention, u, profil, maintenant, u);
            }
            executer(c, "INSERT INTO compteur_identifiant (prefixe, code_caf, dernier) VALUES ('BNC', ?, ?)", codeCaf, nombre);
            ecrireAgentCaf(c, codeCaf, motDePasse);
            c.commit();
        }
        return identifiants;
    }

    private static void ecrireAgentCaf(Connection c, String codeCaf, String motDePasse) throws SQLException {
        if (existe(c, "SELECT id FROM utilisateur WHERE identifiant = ?", agentCaf(codeCaf)) != null) {
            return;
        }
        Timestamp maintenant = Timestamp.from(Instant.now());
        long u = id(c);
        executer(c, "INSERT INTO utilisateur (id, version, identifiant, nom, prenom, email, mot_de_passe_hash, statut, cree_le,"
                        + " caf_id, mot_de_passe_change_le, regles_usage_version) VALUES (?, 0, ?, 'Banc', 'Agent', ?, ?, 'ACTIF', ?, ?, ?, '2026-1')",
                u, agentCaf(codeCaf), agentCaf(codeCaf).toLowerCase() + "@banc.eden.test", HachageMotDePasse.hacher(motDePasse),
                maintenant, existe(c, "SELECT id FROM caf WHERE code = ?", codeCaf), maintenant);
        executer(c, "INSERT INTO utilisateur_role_caf (utilisateur_id, role) VALUES (?, 'ADMINISTRATEUR_CAF')", u);
        executer(c, "INSERT INTO acceptation_regles_usage (id, version, utilisateur_id, regles_version, acceptees_le) VALUES (?, 0, ?, '2026-1', ?)",
                id(c), u, maintenant);
        executer(c, "INSERT INTO compteur_identifiant (prefixe, code_caf, dernier) VALUES ('BCA', ?, 1)", codeCaf);
    }
}
