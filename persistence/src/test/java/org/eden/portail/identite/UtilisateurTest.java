package org.eden.portail.identite;

import org.eden.portail.shared.Adresse;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.TypeOrganisme;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
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
        u.changerMotDePasse("h2");
        assertEquals(StatutCompte.ACTIF, u.getStatut());
        assertTrue(u.peutSeConnecter());
    }
}
