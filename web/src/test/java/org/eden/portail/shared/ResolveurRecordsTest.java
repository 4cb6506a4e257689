package org.eden.portail.shared;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResolveurRecordsTest {

    /** Package-private, as many screen views are: the resolver reads it all the same. */
    record Ligne(String nom, int places) {
    }

    /** Not a record: left to the other resolvers. */
    static final class Bean {
        public String getNom() {
            return "bean";
        }
    }

    private final ResolveurRecords resolveur = new ResolveurRecords();

    private static ELContext contexte() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }

    @Test
    @DisplayName("#{ligne.nom} lit la composante nom() d'un record, et la marque résolue")
    void litUneComposante() {
        ELContext c = contexte();
        assertEquals("Accueil", resolveur.getValue(c, new Ligne("Accueil", 3), "nom"));
        assertTrue(c.isPropertyResolved());
        ELContext d = contexte();
        assertEquals(3, resolveur.getValue(d, new Ligne("Accueil", 3), "places"));
        assertTrue(d.isPropertyResolved());
    }

    @Test
    @DisplayName("Ce qui n'est pas une composante d'un record est laissé aux autres résolveurs")
    void laisseLeReste() {
        ELContext c = contexte();
        assertNull(resolveur.getValue(c, new Ligne("Accueil", 3), "inconnue"));
        assertNull(resolveur.getValue(c, new Bean(), "nom"));
        assertNull(resolveur.getValue(c, null, "nom"));
        assertFalse(c.isPropertyResolved());
        assertNull(resolveur.getCommonPropertyType(c, new Bean()));
    }

    @Test
    @DisplayName("Un record se lit sans s'écrire")
    void lectureSeule() {
        ELContext c = contexte();
        assertTrue(resolveur.isReadOnly(c, new Ligne("Accueil", 3), "nom"));
        assertNull(resolveur.getType(contexte(), new Ligne("Accueil", 3), "nom"));
        assertThrows(PropertyNotWritableException.class, () -> resolveur.setValue(contexte(), new Ligne("Accueil", 3), "nom", "Autre"));
        assertFalse(resolveur.isReadOnly(contexte(), new Bean(), "nom"));
    }
}
