require "base64"

class WizardController < ApplicationController
  STEPS = 5

  def resume
    blob = cookies[:wizard_state]
    state = blob ? Marshal.load(Base64.decode64(blob)) : {} # LABEL: CWE-502
    @step = state[:step] || 1
    @total = STEPS
  end
end
