package com.example.tips;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TipsController {

    private static final List<String> TIPS = List.of(
            "Press ? to see keyboard shortcuts.",
            "You can drag cards between columns.",
            "Star a board to pin it to the sidebar.");

    @GetMapping("/tips")
    List<String> tips() {
        List<String> copy = new ArrayList<>(TIPS);
        Collections.shuffle(copy, ThreadLocalRandom.current());
        return copy.subList(0, 2);
    }
}
