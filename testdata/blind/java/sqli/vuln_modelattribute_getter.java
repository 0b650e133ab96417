package com.example.crm;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class ContactNoteController {
    private final JdbcTemplate jdbc;

    public ContactNoteController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static class NoteForm {
        private long contactId;
        private String text;

        public long getContactId() { return contactId; }
        public void setContactId(long contactId) { this.contactId = contactId; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    @PostMapping("/contacts/notes")
    public String add(@ModelAttribute NoteForm form) {
        jdbc.update("INSERT INTO notes (contact_id, body) VALUES (" + form.getContactId() + ", '" + form.getText() + "')"); // LABEL: CWE-89
        return "redirect:/contacts/" + form.getContactId();
    }
}
