package org.eden.portail.habilitation;

import org.eden.portail.shared.RegleMetierException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * R-HAB-10: reads the CSV of a bulk import — {@code nom;prénom;e-mail;groupes}, the separator
 * {@code ;} or {@code ,} detected on the first line, UTF-8 with or without BOM, an optional header
 * line, fields optionally in double quotes. Several groups in one field are separated by
 * {@code |}; a group is named by its name or its path ({@code Action sociale › Accueil}, or with
 * {@code /} or {@code >}). The limits on size and lines live here, with their message.
 */
public final class FichierImport {

    public static final int TAILLE_MAXIMALE = 1024 * 1024;
    public static final int LIGNES_MAXIMALES = 2000;

    /** One data line of the file as read (its number counts the header, as a spreadsheet shows it). */
    public record Ligne(int numero, String nom, String prenom, String email, List<String> groupes, String groupesLus, int champs) {
    }

    private FichierImport() {
    }

    public static List<Ligne> lire(byte[] contenu) {
        if (contenu == null || contenu.length == 0) {
            throw new RegleMetierException("R-HAB-10", "Le fichier est vide : une ligne par utilisateur, nom;prénom;e-mail;groupes.");
        }
        if (contenu.length > TAILLE_MAXIMALE) {
            throw new RegleMetierException("R-HAB-10", "Le fichier pèse " + (contenu.length / 1024) + " Ko : "
                    + (TAILLE_MAXIMALE / 1024) + " Ko au plus. Découpez-le en plusieurs imports.");
        }
        String texte;
        try {
            texte = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(contenu)).toString();
        } catch (CharacterCodingException e) {
            throw new RegleMetierException("R-HAB-10", "Le fichier n'est pas en UTF-8 : enregistrez-le en « CSV UTF-8 » depuis votre tableur.");
        }
        if (texte.startsWith("\uFEFF")) {
            texte = texte.substring(1);
        }
        String[] brutes = texte.split("\r\n|\n|\r", -1);
        char separateur = brutes[0].indexOf(';') >= 0 || brutes[0].indexOf(',') < 0 ? ';' : ',';
        List<Ligne> lignes = new ArrayList<>();
        for (int i = 0; i < brutes.length; i++) {
            String brute = brutes[i];
            if (brute.isBlank()) {
                continue;
            }
            List<String> champs = decouper(brute, separateur);
            if (i == 0 && estEnTete(champs)) {
                continue;
            }
            if (lignes.size() == LIGNES_MAXIMALES) {
                throw new RegleMetierException("R-HAB-10", "Le fichier compte plus de " + LIGNES_MAXIMALES
                        + " utilisateurs : " + LIGNES_MAXIMALES + " au plus par import. Découpez-le en plusieurs fichiers.");
            }
            String groupesLus = champ(champs, 3);
            List<String> groupes = groupesLus.isEmpty() ? List.of()
                    : Arrays.stream(groupesLus.split("\\|")).map(String::trim).filter(g -> !g.isEmpty()).toList();
            lignes.add(new Ligne(i + 1, champ(champs, 0), champ(champs, 1), champ(champs, 2), groupes, groupesLus, champs.size()));
        }
        if (lignes.isEmpty()) {
            throw new RegleMetierException("R-HAB-10", "Le fichier ne contient aucun utilisateur : une ligne par utilisateur, nom;prénom;e-mail;groupes.");
        }
        return lignes;
    }

    /** The path segments of a group as written in the file. */
    static List<String> segments(String groupe) {
        return Arrays.stream(groupe.split("›|/|>")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean estEnTete(List<String> champs) {
        return !champs.isEmpty() && champs.get(0).trim().toLowerCase(Locale.ROOT).equals("nom")
                && champs.size() > 2 && !champs.get(2).contains("@");
    }

    private static String champ(List<String> champs, int rang) {
        return rang < champs.size() ? champs.get(rang).trim() : "";
    }

    /** Splits one line, honouring double quotes ({@code ""} inside quotes is one quote). */
    static List<String> decouper(String ligne, char separateur) {
        List<String> champs = new ArrayList<>();
        StringBuilder courant = new StringBuilder();
        boolean entreGuillemets = false;
        for (int i = 0; i < ligne.length(); i++) {
            char c = ligne.charAt(i);
            if (entreGuillemets) {
                if (c == '"' && i + 1 < ligne.length() && ligne.charAt(i + 1) == '"') {
                    courant.append('"');
                    i++;
                } else if (c == '"') {
                    entreGuillemets = false;
                } else {
                    courant.append(c);
                }
            } else if (c == '"') {
                entreGuillemets = true;
            } else if (c == separateur) {
                champs.add(courant.toString());
                courant.setLength(0);
            } else {
                courant.append(c);
            }
        }
        champs.add(courant.toString());
        return champs;
    }
}
