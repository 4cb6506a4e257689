package org.eden.portail.incident;

import org.eden.portail.shared.Adresse;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.shared.TypeOrganisme;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncidentTest {

    static final Instant DECLARE = Instant.parse("2026-11-02T08:00:00Z");

    private static Incident incident() {
        Caf caf = new Caf("271", "Caf de l'Eure", null);
        OrganismePartenaire organisme = new OrganismePartenaire(caf, "CIAS", TypeOrganisme.CCAS_CIAS, "20004167100013",
                new Adresse("1 rue", "27300", "Bernay"));
        return Incident.declarer(caf, organisme, "2017-187", "CDAP T2", "Martin Claire", "01 02 03 04 05", "Accès refusé",
                "CHA271001", DECLARE);
    }

    private static Instant apres(Duration duree) {
        return Clock.offset(Clock.fixed(DECLARE, ZoneOffset.UTC), duree).instant();
    }

    @Test
    @DisplayName("R-INC-1 : sans réponse de la Caf, l'incident est à escalader à 48 h exactement, pas avant")
    void escaladeA48Heures() {
        Incident incident = incident();
        assertFalse(incident.aEscalader(apres(Duration.ofHours(48).minusSeconds(1))));
        assertTrue(incident.aEscalader(apres(Duration.ofHours(48))));
    }

    @Test
    @DisplayName("R-INC-1 : un message du partenaire n'arrête pas le délai ; une prise en charge ou un message de la Caf l'arrête")
    void reponseDeLaCafArreteLeDelai() {
        Incident incident = incident();
        incident.commenter("CHA271001", false, "Des nouvelles ?", apres(Duration.ofHours(10)));
        assertTrue(incident.aEscalader(apres(Duration.ofHours(49))));
        incident.commenter("MAR271001", true, "Nous regardons.", apres(Duration.ofHours(50)));
        assertFalse(incident.aEscalader(apres(Duration.ofHours(51))));

        Incident autre = incident();
        autre.assigner("mar271001", apres(Duration.ofHours(1)));
        assertEquals(StatutIncident.EN_COURS, autre.getStatut());
        assertEquals("MAR271001", autre.getAssigneA());
        assertFalse(autre.aEscalader(apres(Duration.ofDays(5))));
    }

    @Test
    @DisplayName("R-INC-1 : un incident résolu n'est plus à escalader et ne change plus")
    void resolu() {
        Incident incident = incident();
        incident.resoudre("MAR271001", "Droits rétablis", apres(Duration.ofHours(72)));
        assertEquals(StatutIncident.RESOLU, incident.getStatut());
        assertFalse(incident.aEscalader(apres(Duration.ofDays(10))));
        assertEquals("R-INC-1", assertThrows(RegleMetierException.class,
                () -> incident.commenter("MAR271001", true, "encore", apres(Duration.ofDays(11)))).getRegle());
    }

    @Test
    @DisplayName("R-INC-1 : chaque champ de la déclaration est obligatoire")
    void champsObligatoires() {
        Caf caf = new Caf("271", "Caf", null);
        OrganismePartenaire organisme = new OrganismePartenaire(caf, "CIAS", TypeOrganisme.CCAS_CIAS, "20004167100013",
                new Adresse("1 rue", "27300", "Bernay"));
        RegleMetierException e = assertThrows(RegleMetierException.class, () -> Incident.declarer(caf, organisme, "2017-187",
                "CDAP T2", " ", "contact", "description", "CHA271001", DECLARE));
        assertEquals("R-INC-1", e.getRegle());
        assertTrue(e.getMessage().contains("utilisateur concerné"), e.getMessage());
    }

    @Test
    @DisplayName("R-INC-2 : un avis de maintenance est affiché de son début (inclus) à sa fin (exclue) ; sa période doit avoir un sens")
    void avisDeMaintenance() {
        Caf caf = new Caf("271", "Caf", null);
        Instant debut = DECLARE.plus(Duration.ofHours(2));
        AvisMaintenance avis = AvisMaintenance.publier(caf, "Interruption", debut, debut.plus(Duration.ofHours(3)), "MAR271001", DECLARE);
        assertFalse(avis.enVigueur(debut.minusSeconds(1)));
        assertTrue(avis.enVigueur(debut));
        assertFalse(avis.enVigueur(debut.plus(Duration.ofHours(3))));
        assertEquals("R-INC-2", assertThrows(RegleMetierException.class,
                () -> AvisMaintenance.publier(caf, "x", debut, debut, "MAR271001", DECLARE)).getRegle());
        assertEquals("R-INC-2", assertThrows(RegleMetierException.class,
                () -> AvisMaintenance.publier(caf, "x", DECLARE.minusSeconds(7200), DECLARE.minusSeconds(60), "MAR271001", DECLARE)).getRegle());
    }
}
