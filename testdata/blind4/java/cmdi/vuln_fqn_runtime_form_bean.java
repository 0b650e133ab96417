package com.example.devices.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class FirmwareController {

    public static class FlashForm {
        private String deviceSerial;
        private String channel = "stable";

        public String getDeviceSerial() { return deviceSerial; }
        public void setDeviceSerial(String deviceSerial) { this.deviceSerial = deviceSerial; }
        public String getChannel() { return channel; }
        public void setChannel(String channel) { this.channel = channel; }
    }

    @PostMapping("/devices/flash")
    public String flash(@ModelAttribute FlashForm form, Model model) throws java.io.IOException, InterruptedException {
        String script = "/opt/fw/flash.sh --serial " + form.getDeviceSerial() + " --channel " + form.getChannel();
        java.lang.Process p = java.lang.Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", script}); // LABEL: CWE-78
        model.addAttribute("exitCode", p.waitFor());
        return "devices/flash-result";
    }
}
