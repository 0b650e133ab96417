# frozen_string_literal: true

class ArchivesController < ApplicationController
  def list
    names = params[:names].to_a
    pipeline = ["tar -tzf", *names.map { |n| "uploads/#{n}" }].join(" ")
    listing = IO.popen(pipeline, &:read) # LABEL: CWE-78
    render plain: listing
  end
end
