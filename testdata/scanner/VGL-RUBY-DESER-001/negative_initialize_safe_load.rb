class SettingsImport
  attr_reader :settings

  def initialize(text)
    @settings = YAML.safe_load(text, permitted_classes: [Date])
  end
end

class SettingsController < ApplicationController
  def import
    file = params.require(:settings_file)
    SettingsImport.new(file.read).settings.each { |k, v| Setting.set(k, v) }
    redirect_to settings_path
  end
end
