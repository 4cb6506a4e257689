package org.eden.portail.tableaudebord;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The imports launched from the screen and their progress, in memory: an import lasts seconds and
 * its outcome is in the store and the traces; the 20 latest are kept for their reports.
 */
@ApplicationScoped
public class SuivisImports {

    private static final int GARDES = 20;

    private final Map<String, SuiviImport> suivis = new ConcurrentHashMap<>();
    private final Map<String, byte[]> contenus = new ConcurrentHashMap<>();

    SuiviImport nouveau(String fichier, String lancePar, byte[] contenu) {
        if (suivis.size() >= GARDES) {
            suivis.values().stream().filter(s -> s.getRapport() != null).findFirst().ifPresent(s -> suivis.remove(s.getId()));
        }
        SuiviImport suivi = new SuiviImport(UUID.randomUUID().toString(), fichier, lancePar);
        suivis.put(suivi.getId(), suivi);
        contenus.put(suivi.getId(), contenu);
        return suivi;
    }

    Optional<SuiviImport> suivi(String id) {
        return Optional.ofNullable(id == null ? null : suivis.get(id));
    }

    /** The file's bytes, handed once to the run. */
    byte[] prendreContenu(String id) {
        return contenus.remove(id);
    }
}
