package nl.doorlopendelijn.azc;

import java.time.LocalDate;

/**
 * Where a national list came from: its public source, the date of the snapshot it was filled from, and how it was
 * made. Shown with the list, so every user can check it against the source.
 */
public record Referentiebron(String naam, String url, LocalDate peildatum, String toelichting) {}
