class ThumbnailJob < ApplicationJob
  queue_as :media

  def perform(source)
    %x(convert #{source} -resize 200x200 /srv/thumbs/out.png) # vigil:expect VGL-RUBY-CMDI-001
  end
end
