package org.panicscope.scenario;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * The operating system's reason for a failed read or write, in the words users know from the shell ("permission
 * denied", "no such file"), without the path Java puts in front of it: messages name the path themselves.
 */
public final class OsReason {
    private OsReason() { }

    public static String of(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NotDirectoryException) return "not a directory";
        if (e instanceof FileAlreadyExistsException) return "the file exists";
        if (e instanceof DirectoryNotEmptyException) return "the folder is not empty";
        if (e instanceof FileSystemLoopException) return "too many levels of symbolic links";
        if (e instanceof NotLinkException) return "not a symbolic link";
        if (e instanceof FileSystemException f && f.getReason() != null) return lower(f.getReason());
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : lower(m);
    }

    /** "No space left on device" reads as "no space left on device" after a colon. */
    private static String lower(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }
}
