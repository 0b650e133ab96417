package com.example.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Shows three "did you know" tips on the dashboard in a varying order. */
@RestController
public class TipsController {
    private static final List<String> TIPS = List.of(
            "Press ? to see keyboard shortcuts.",
            "Drag a column header to reorder it.",
            "Star a project to pin it to the sidebar.",
            "Use filters to save a view.");
    private final Random random = new Random();

    @GetMapping("/api/tips")
    public List<String> tips() {
        List<String> shuffled = new ArrayList<>(TIPS);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, 3);
    }
}
