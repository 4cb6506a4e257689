package org.eden.portail.identite;

import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.eden.portail.trace.AnnuaireActeurs;
import org.eden.portail.trace.EvenementTrace;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutorisationsDeLaRequeteTest {

    private final AtomicInteger lectures = new AtomicInteger();

    private Supplier<AuthorizationInfo> lecture(String permission) {
        return () -> {
            lectures.incrementAndGet();
            SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
            info.setStringPermissions(Set.of(permission));
            return info;
        };
    }

    @Test
    @DisplayName("Dans une requête, les droits d'un appelant sont lus une fois, quel que soit le nombre de vérifications")
    void uneLectureParAppelantEtParRequete() {
        try (AutorisationsDeLaRequete.Portee portee = AutorisationsDeLaRequete.ouvrir()) {
            AuthorizationInfo premiere = AutorisationsDeLaRequete.de("MAR271001", lecture("cdap:consulter:271"));
            for (int i = 0; i < 5; i++) {
                assertSame(premiere, AutorisationsDeLaRequete.de("MAR271001", lecture("autre")));
            }
            AutorisationsDeLaRequete.de("DUP271002", lecture("partenaire:consulter:271"));
            assertEquals(2, lectures.get());
        }
    }

    @Test
    @DisplayName("Hors requête, et à la requête suivante, les droits sont relus : une suspension compte aussitôt")
    void relusHorsRequeteEtALaSuivante() {
        AutorisationsDeLaRequete.de("MAR271001", lecture("a"));
        AutorisationsDeLaRequete.de("MAR271001", lecture("a"));
        assertEquals(2, lectures.get());

        try (AutorisationsDeLaRequete.Portee portee = AutorisationsDeLaRequete.ouvrir()) {
            AutorisationsDeLaRequete.de("MAR271001", lecture("a"));
        }
        try (AutorisationsDeLaRequete.Portee portee = AutorisationsDeLaRequete.ouvrir()) {
            AuthorizationInfo suivante = AutorisationsDeLaRequete.de("MAR271001", lecture("aucun droit"));
            assertEquals(Set.of("aucun droit"), suivante.getStringPermissions());
        }
        assertEquals(4, lectures.get());
    }

    @Test
    @DisplayName("Une ouverture imbriquée (un renvoi interne) ne referme pas la portée de la requête")
    void ouvertureImbriquee() {
        try (AutorisationsDeLaRequete.Portee requete = AutorisationsDeLaRequete.ouvrir()) {
            AutorisationsDeLaRequete.de("MAR271001", lecture("a"));
            try (AutorisationsDeLaRequete.Portee renvoi = AutorisationsDeLaRequete.ouvrir()) {
                AutorisationsDeLaRequete.de("MAR271001", lecture("a"));
            }
            AutorisationsDeLaRequete.de("MAR271001", lecture("a"));
        }
        assertEquals(1, lectures.get());
    }

    @Test
    @DisplayName("Après la validation d'une action tracée, la même requête relit les droits (un administrateur remplacé les perd aussitôt)")
    void relusApresUneAction() {
        try (AutorisationsDeLaRequete.Portee portee = AutorisationsDeLaRequete.ouvrir()) {
            AutorisationsDeLaRequete.de("MAR271001", lecture("habilitation:administrer:12"));
            new OubliDesAutorisations().apresCommit(null);
            AuthorizationInfo apres = AutorisationsDeLaRequete.de("MAR271001", lecture("aucun droit"));
            assertEquals(Set.of("aucun droit"), apres.getStringPermissions());
            assertSame(apres, AutorisationsDeLaRequete.de("MAR271001", lecture("autre")));
        }
        assertEquals(2, lectures.get());
    }

    private static AutorisationsDeLaRequete.ConnexionAuthentifiee connexion(String identifiant) {
        return new AutorisationsDeLaRequete.ConnexionAuthentifiee(
                new CompteAuthentification(identifiant, StatutCompte.ACTIF, Set.of(), null, 12L),
                new AnnuaireActeurs.Acteur(identifiant, 12L, null, "271", "PARTENAIRE"),
                List.of(EtapeConnexion.REGLES_USAGE));
    }

    @Test
    @DisplayName("Le compte lu par la connexion de la requête sert ensuite à sa trace, à ses étapes et à ses droits, pour cet identifiant seul")
    void connexionRetenueDansLaRequete() {
        try (AutorisationsDeLaRequete.Portee portee = AutorisationsDeLaRequete.ouvrir()) {
            AutorisationsDeLaRequete.retenirConnexion(() -> connexion("PRO271001"));
            AutorisationsDeLaRequete.ConnexionAuthentifiee retenue = AutorisationsDeLaRequete.connexion("PRO271001").orElseThrow();
            assertEquals(List.of(EtapeConnexion.REGLES_USAGE), retenue.etapes());
            assertEquals("271", retenue.acteur().codeCaf());
            assertTrue(AutorisationsDeLaRequete.connexion("MAR271001").isEmpty());
        }
        assertTrue(AutorisationsDeLaRequete.connexion("PRO271001").isEmpty(), "oubliée à la fin de la requête");
    }

    @Test
    @DisplayName("Hors requête (minuteries, tests dans le conteneur), rien n'est lu pour être retenu")
    void rienRetenuHorsRequete() {
        AutorisationsDeLaRequete.retenirConnexion(() -> {
            throw new AssertionError("lu hors requête");
        });
        assertTrue(AutorisationsDeLaRequete.connexion("PRO271001").isEmpty());
    }

    @Test
    @DisplayName("La validation de la connexion elle-même n'oublie rien ; celle de toute autre action oublie le compte et les droits")
    void seuleLaConnexionNOubliePas() {
        try (AutorisationsDeLaRequete.Portee portee = AutorisationsDeLaRequete.ouvrir()) {
            AutorisationsDeLaRequete.retenirConnexion(() -> connexion("PRO271001"));
            AutorisationsDeLaRequete.de("PRO271001", lecture("a"));
            OubliDesAutorisations oubli = new OubliDesAutorisations();

            oubli.apresCommit(EvenementTrace.succes(IdentiteService.CONNEXION, "UTILISATEUR", "PRO271001"));
            assertTrue(AutorisationsDeLaRequete.connexion("PRO271001").isPresent());
            AutorisationsDeLaRequete.de("PRO271001", lecture("a"));
            assertEquals(1, lectures.get());

            oubli.apresCommit(EvenementTrace.succes("CHANGEMENT_MOT_DE_PASSE", "UTILISATEUR", "PRO271001"));
            assertTrue(AutorisationsDeLaRequete.connexion("PRO271001").isEmpty());
            AutorisationsDeLaRequete.de("PRO271001", lecture("a"));
            assertEquals(2, lectures.get());
        }
    }
}
