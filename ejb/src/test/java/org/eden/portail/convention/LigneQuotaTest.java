package org.eden.portail.convention;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LigneQuotaTest {

    @Test
    @DisplayName("R-CONV-7 : une ligne de bulletin se lit « T1 – Action sociale », pas « T1 · T1 – Action sociale »")
    void intituleSansCodeRepete() {
        assertEquals("T1 – Action sociale",
                new LigneQuota("CDAP", "Consultation", "T1", "T1 – Action sociale", 3, 3, 0).getIntitule());
        assertEquals("APPROBATEUR · Approbateur",
                new LigneQuota("AFAS", "Aides", "APPROBATEUR", "Approbateur", 1, 1, 0).getIntitule());
        assertEquals("T2", new LigneQuota("CDAP", "Consultation", "T2", null, 1, 1, 0).getIntitule());
    }
}
