require "base64"
require "json"

class WizardController < ApplicationController
  def resume
    blob = cookies[:wizard_state]
    state = blob ? JSON.parse(Base64.decode64(blob)) : {}
    @step = state["step"].to_i.clamp(1, 5)
  end
end
