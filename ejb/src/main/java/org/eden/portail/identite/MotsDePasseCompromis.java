package org.eden.portail.identite;

import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.Dictionary;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The breached passwords shipped with the portal (mots-de-passe-compromis.txt.gz beside this class;
 * its NOTICE says where it comes from and how to rebuild it). Read once, at the first password
 * check rather than at deployment, into a sorted array searched by binary search, ignoring case:
 * "Azerty123" is as guessable as "azerty123".
 */
final class MotsDePasseCompromis {

    static final String RESSOURCE = "mots-de-passe-compromis.txt.gz";

    private MotsDePasseCompromis() {
    }

    /** Loaded by the JVM on first use, exactly once (initialisation-on-demand holder). */
    private static final class Liste {
        static final WordListDictionary DICTIONNAIRE = new WordListDictionary(charger());
    }

    static Dictionary dictionnaire() {
        return Liste.DICTIONNAIRE;
    }

    static boolean contient(String motDePasse) {
        return motDePasse != null && Liste.DICTIONNAIRE.search(motDePasse);
    }

    static int taille() {
        return (int) Liste.DICTIONNAIRE.size();
    }

    private static ArrayWordList charger() {
        List<String> mots = new ArrayList<>(200_000);
        try (InputStream brut = MotsDePasseCompromis.class.getResourceAsStream(RESSOURCE)) {
            if (brut == null) {
                throw new IllegalStateException("Liste des mots de passe compromis absente : " + RESSOURCE);
            }
            BufferedReader lignes = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(brut), StandardCharsets.UTF_8));
            for (String ligne = lignes.readLine(); ligne != null; ligne = lignes.readLine()) {
                if (!ligne.isEmpty()) {
                    mots.add(ligne);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Liste des mots de passe compromis illisible : " + RESSOURCE, e);
        }
        // Sorted here with the list's own comparator: the file's order (Python's) may differ on
        // non-ASCII entries, and a binary search on a badly sorted array silently misses words.
        return new ArrayWordList(mots.toArray(String[]::new), false, new ArraysSort());
    }
}
