class ImportsController < ApplicationController
  def create
    config = YAML.safe_load(params[:config], permitted_classes: [Date])
    defaults = Marshal.load(File.binread(Rails.root.join("db", "defaults.bin")))
    render json: { keys: config.keys + defaults.keys }
  end
end
