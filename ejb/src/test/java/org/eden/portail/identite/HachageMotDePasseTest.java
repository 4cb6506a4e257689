package org.eden.portail.identite;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HachageMotDePasseTest {

    @Test
    @DisplayName("R-PWD-5 : Argon2id aux paramètres OWASP (19 Mio, 2 itérations, parallélisme 1), salé")
    void argon2idOwasp() {
        String hash = HachageMotDePasse.hacher("Eden#Demo2026");
        assertTrue(hash.startsWith("$shiro2$argon2id$v=19$t=2,m=19456,p=1$"), hash);
        assertFalse(hash.contains("Eden#Demo2026"));
        assertNotEquals(hash, HachageMotDePasse.hacher("Eden#Demo2026"), "each hash has its own salt");
    }

    @Test
    @DisplayName("R-PWD-5 : le bon mot de passe est reconnu, un autre non")
    void verification() {
        String hash = HachageMotDePasse.hacher("Eden#Demo2026");
        assertTrue(HachageMotDePasse.verifier("Eden#Demo2026", hash));
        assertFalse(HachageMotDePasse.verifier("eden#Demo2026", hash));
        assertFalse(HachageMotDePasse.verifier("", hash));
        assertFalse(HachageMotDePasse.verifier(null, hash));
    }

    @Test
    @DisplayName("R-AUTH-1 : un identifiant inconnu coûte une vérification et n'aboutit jamais")
    void leurre() {
        assertFalse(HachageMotDePasse.verifierLeurre("Eden#Demo2026"));
        assertFalse(HachageMotDePasse.verifierLeurre(null));
    }
}
