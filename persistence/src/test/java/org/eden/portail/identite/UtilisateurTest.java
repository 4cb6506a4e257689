package org.eden.portail.identite;

import org.eden.portail.shared.Adresse;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.Fuseau;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.TypeOrganisme;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UtilisateurTest {

    private final Caf eure = new Caf("271", "Caf de l'Eure", null);
    private final Instant t0 = Instant.parse("2026-11-24T08:00:00Z");

    @Test
    @DisplayName("R-AUTH-3 : chaque connexion rend la précédente, vide à la première")
    void connexionPrecedente() {
        Utilisateur u = Utilisateur.agentCaf(eure, "mar271001", "Martin", "Claire", "c@caf.fr", "h", t0,
                EnumSet.of(RoleCaf.ADMINISTRATEUR_CAF));
        assertEquals(Optional.empty(), u.enregistrerConnexion(t0.plusSeconds(60)));
        assertEquals(Optional.of(t0.plusSeconds(60)), u.enregistrerConnexion(t0.plusSeconds(3600)));
        assertEquals(t0.plusSeconds(3600), u.getDerniereConnexion());
    }

    @Test
    @DisplayName("Les identifiants sont conservés en majuscules")
    void identifiantEnMajuscules() {
        assertEquals("MAR271001", Utilisateur.agentCnaf("mar271001", "M", "C", "c@cnaf.fr", "h", t0).getIdentifiant());
    }

    @Test
    @DisplayName("R-PWD-2 : un utilisateur partenaire naît avec un mot de passe provisoire, actif dès qu'il le change")
    void partenaireProvisoire() {
        OrganismePartenaire cias = new OrganismePartenaire(eure, "CIAS", TypeOrganisme.CCAS_CIAS, "20004167100013",
                new Adresse("299, rue du Haut des Granges", "27300", "Bernay"));
        Utilisateur u = Utilisateur.partenaire(cias, "CHA271001", "Charles", "Ludovic", "l.charles@bernay.fr", "h", t0);
        assertEquals(StatutCompte.PROVISOIRE, u.getStatut());
        assertSame(eure, u.getCaf(), "a partner user belongs to his organisation's Caf");
        assertFalse(u.estAgentCaf());
        u.changerMotDePasse("h2", t0.plusSeconds(60), 3);
        assertEquals(StatutCompte.ACTIF, u.getStatut());
        assertTrue(u.peutSeConnecter());
    }

    private Utilisateur agent() {
        return Utilisateur.agentCaf(eure, "MAR271001", "Martin", "Claire", "c@caf.fr", "h0", t0,
                EnumSet.of(RoleCaf.ADMINISTRATEUR_CAF));
    }

    @Test
    @DisplayName("R-AUTH-1 : le cinquième échec consécutif gèle le compte dix minutes, puis il se libère seul")
    void gelApresCinqEchecs() {
        Utilisateur u = agent();
        for (int i = 1; i <= 4; i++) {
            assertFalse(u.enregistrerEchec(t0.plusSeconds(i), RegleGel.DEFAUT), "échec " + i);
        }
        assertTrue(u.enregistrerEchec(t0.plusSeconds(5), RegleGel.DEFAUT), "the fifth failure freezes");
        assertTrue(u.estGele(t0.plusSeconds(5)));
        assertTrue(u.estGele(t0.plusSeconds(5).plus(Duration.ofMinutes(10)).minusMillis(1)));
        assertFalse(u.enregistrerEchec(t0.plusSeconds(30), RegleGel.DEFAUT), "failures during a freeze do not extend it");
        assertFalse(u.estGele(t0.plusSeconds(5).plus(Duration.ofMinutes(10))), "released after exactly 10 minutes");
    }

    @Test
    @DisplayName("R-AUTH-1 : une connexion réussie remet le compte des échecs à zéro")
    void succesRemetAZero() {
        Utilisateur u = agent();
        for (int i = 1; i <= 4; i++) {
            u.enregistrerEchec(t0.plusSeconds(i), RegleGel.DEFAUT);
        }
        u.authentificationReussie();
        assertEquals(0, u.getEchecsConsecutifs());
        for (int i = 1; i <= 4; i++) {
            assertFalse(u.enregistrerEchec(t0.plusSeconds(10 + i), RegleGel.DEFAUT));
        }
    }

    @Test
    @DisplayName("R-PWD-2 : un mot de passe provisoire expire 24 heures après son émission")
    void provisoire24Heures() {
        Utilisateur u = agent();
        u.attribuerMotDePasseProvisoire("p1", t0, 3);
        assertEquals(StatutCompte.PROVISOIRE, u.getStatut());
        assertFalse(u.provisoireExpire(t0.plus(Duration.ofHours(24)).minusSeconds(1), Duration.ofHours(24)));
        assertTrue(u.provisoireExpire(t0.plus(Duration.ofHours(24)), Duration.ofHours(24)));
        assertTrue(u.doitChangerMotDePasse(t0, Optional.of(Period.ofMonths(6))));
    }

    @Test
    @DisplayName("R-PWD-3 : un mot de passe personnel expire six mois après son changement, jamais sans durée de validité")
    void personnelSixMois() {
        Utilisateur u = agent();
        u.changerMotDePasse("p2", t0, 3);
        Instant sixMois = t0.atZone(Fuseau.PARIS).plusMonths(6).toInstant();
        assertFalse(u.motDePasseExpire(sixMois.minusSeconds(1), Optional.of(Period.ofMonths(6))));
        assertTrue(u.motDePasseExpire(sixMois, Optional.of(Period.ofMonths(6))));
        assertTrue(u.doitChangerMotDePasse(sixMois, Optional.of(Period.ofMonths(6))));
        assertFalse(u.motDePasseExpire(sixMois.plus(Duration.ofDays(3650)), Optional.empty()));
    }

    @Test
    @DisplayName("R-PWD-4 : l'historique garde les derniers mots de passe, du plus récent au plus ancien")
    void historique() {
        Utilisateur u = agent();
        u.changerMotDePasse("h1", t0.plusSeconds(1), 3);
        u.changerMotDePasse("h2", t0.plusSeconds(2), 3);
        u.changerMotDePasse("h3", t0.plusSeconds(3), 3);
        u.changerMotDePasse("h4", t0.plusSeconds(4), 3);
        assertEquals(List.of("h4", "h3", "h2"), u.derniersHash(3));
        assertEquals(List.of("h4"), u.derniersHash(1));
        assertEquals(List.of(), u.derniersHash(0));
    }

    @Test
    @DisplayName("R-SESS-3 : un changement forcé s'impose à la prochaine connexion et cesse une fois le mot de passe changé")
    void changementForce() {
        Utilisateur u = agent();
        assertFalse(u.doitChangerMotDePasse(t0, Optional.empty()));
        u.forcerChangementMotDePasse();
        assertTrue(u.doitChangerMotDePasse(t0, Optional.empty()));
        u.changerMotDePasse("h1", t0.plusSeconds(1), 3);
        assertFalse(u.doitChangerMotDePasse(t0.plusSeconds(2), Optional.empty()));
    }
}
