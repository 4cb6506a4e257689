package org.eden.portail.tableaudebord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Chart.js configurations the supervision screen hands to the browser, to the character. */
class GraphiqueSupervisionTest {

    @Test
    void activite() {
        assertEquals("{\"type\":\"line\",\"data\":{\"labels\":[\"2026-W01\",\"2026-W02\"],\"datasets\":[{\"label\":\"Connexions\",\"data\":[12,7],\"borderColor\":\"#1d5fa8\",\"backgroundColor\":\"#1d5fa8\"},{\"label\":\"Connexions CDAP\",\"data\":[3,0],\"borderColor\":\"#2e7d32\",\"backgroundColor\":\"#2e7d32\"},{\"label\":\"Dossiers CDAP ouverts\",\"data\":[40,0],\"borderColor\":\"#b35900\",\"backgroundColor\":\"#b35900\"}]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"plugins\":{\"legend\":{\"position\":\"bottom\"}}}}", GraphiqueSupervision.activite(List.of(
                new Supervision.PointActivite("2026-W01", 12, 3, 40), new Supervision.PointActivite("2026-W02", 7, 0, 0))));
    }

    @Test
    void sections() {
        assertEquals("{\"type\":\"bar\",\"data\":{\"labels\":[\"Identité\",\"Paiements\"],\"datasets\":[{\"label\":\"Lectures\",\"data\":[9,2],\"borderColor\":\"#1d5fa8\",\"backgroundColor\":\"#1d5fa8\"}]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"plugins\":{\"legend\":{\"position\":\"bottom\"}},\"indexAxis\":\"y\"}}", GraphiqueSupervision.sections(List.of(
                new Supervision.LigneSection("IDENTITE", "Identité", 9), new Supervision.LigneSection("PAIEMENTS", "Paiements", 2))));
    }

    @Test
    void montee() {
        assertEquals("{\"type\":\"line\",\"data\":{\"labels\":[\"2026-01\",\"2026-02\"],\"datasets\":[{\"label\":\"CDAP\",\"data\":[3,5],\"borderColor\":\"#1d5fa8\",\"backgroundColor\":\"#1d5fa8\"},{\"label\":\"AFAS\",\"data\":[1,2],\"borderColor\":\"#2e7d32\",\"backgroundColor\":\"#2e7d32\"}]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"plugins\":{\"legend\":{\"position\":\"bottom\"}}}}", GraphiqueSupervision.montee(List.of(
                new Supervision.PointMontee("2026-01", "CDAP", 3), new Supervision.PointMontee("2026-02", "CDAP", 5),
                new Supervision.PointMontee("2026-01", "AFAS", 1), new Supervision.PointMontee("2026-02", "AFAS", 2))));
    }

    @Test
    void declarations() {
        assertEquals("{\"type\":\"bar\",\"data\":{\"labels\":[\"Caf de l'Eure\"],\"datasets\":[{\"label\":\"En saisie ou à approuver\",\"data\":[3],\"borderColor\":\"#1d5fa8\",\"backgroundColor\":\"#1d5fa8\"},{\"label\":\"Transmises à la Caf\",\"data\":[4],\"borderColor\":\"#6a1b9a\",\"backgroundColor\":\"#6a1b9a\"},{\"label\":\"Validées\",\"data\":[3],\"borderColor\":\"#2e7d32\",\"backgroundColor\":\"#2e7d32\"},{\"label\":\"En retard\",\"data\":[1],\"borderColor\":\"#b35900\",\"backgroundColor\":\"#b35900\"}]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"plugins\":{\"legend\":{\"position\":\"bottom\"}},\"indexAxis\":\"y\"}}", GraphiqueSupervision.declarations(List.of(
                new Supervision.LigneDeclarations("27", "Caf de l'Eure", 2026, 10, 2, 1, 4, 3, 1))));
    }

    @Test
    void sansDonnees() {
        assertEquals("{\"type\":\"line\",\"data\":{\"labels\":[],\"datasets\":[{\"label\":\"Connexions\",\"data\":[],\"borderColor\":\"#1d5fa8\",\"backgroundColor\":\"#1d5fa8\"},{\"label\":\"Connexions CDAP\",\"data\":[],\"borderColor\":\"#2e7d32\",\"backgroundColor\":\"#2e7d32\"},{\"label\":\"Dossiers CDAP ouverts\",\"data\":[],\"borderColor\":\"#b35900\",\"backgroundColor\":\"#b35900\"}]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"plugins\":{\"legend\":{\"position\":\"bottom\"}}}}{\"type\":\"line\",\"data\":{\"labels\":[],\"datasets\":[]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"plugins\":{\"legend\":{\"position\":\"bottom\"}}}}", GraphiqueSupervision.activite(List.of()) + GraphiqueSupervision.montee(List.of()));
    }
}
