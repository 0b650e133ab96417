package com.example.helpdesk.web;

import com.example.helpdesk.storage.AttachmentStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
public class AttachmentController {

    private final AttachmentStore store;

    public AttachmentController(AttachmentStore store) {
        this.store = store;
    }

    @DeleteMapping("/tickets/{ticket}/attachments")
    public ResponseEntity<Void> remove(@PathVariable long ticket, @RequestParam("name") String name) {
        return store.delete(ticket, name) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
