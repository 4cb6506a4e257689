package org.eden.portail.identite;

import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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
}
